package org.trustmap.stewardship;

import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import org.trustmap.messages.CorrectionOutcomes;

/**
 * The last step of resolving a correction, however it was resolved (accepted or rejected as it stands, or
 * accepted by making the change): the reporter, if they left an email address, is told the outcome in the
 * resolution's transaction, and the address, kept only for that, leaves the correction.
 */
@Component
class ReporterReply {

    private final CorrectionOutcomes outcomes;

    ReporterReply(CorrectionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** @return what became of the reporter, in words, for the editor */
    String send(TransactionContext tx, String correction) {
        String told = outcomes.tell(tx, tx.run("MATCH (c:Correction {id: $id}) RETURN properties(c) AS c",
                Map.of("id", correction)).single().get("c").asMap());
        tx.run("MATCH (c:Correction {id: $id}) WHERE c.email IS NOT NULL SET c.replyWanted = true REMOVE c.email",
                Map.of("id", correction)).consume();
        return told;
    }
}
