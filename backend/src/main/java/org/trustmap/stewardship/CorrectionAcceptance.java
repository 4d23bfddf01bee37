package org.trustmap.stewardship;

import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import org.trustmap.editing.CorrectionLink;
import org.trustmap.editing.FieldProblem;

/**
 * "Accept" by making the change: an edit that names a waiting correction of the same authority marks it
 * accepted in the edit's transaction, and its reporter told ({@link ReporterReply}); the edit's audit event names
 * the correction. Rejecting, and accepting
 * without a change, stay with {@code resolveCorrection}.
 */
@Component
class CorrectionAcceptance implements CorrectionLink {

    private final ReporterReply reply;

    CorrectionAcceptance(ReporterReply reply) {
        this.reply = reply;
    }

    @Override
    public FieldProblem accept(TransactionContext tx, String correction, String dataset, String actor) {
        var rows = tx.run("MATCH (c:Correction {id: $id}) SET c.status = c.status RETURN c.status AS status, "
                + "c.dataset AS dataset, c.resolvedAt AS resolvedAt", Map.of("id", correction)).list();
        if (rows.isEmpty()) {
            return new FieldProblem("correction", "no correction has the id " + correction);
        }
        var row = rows.getFirst();
        if (!"WAITING".equals(row.get("status").asString(null))) {
            return new FieldProblem("correction", "it was " + row.get("status").asString("").toLowerCase()
                    + " already, on " + row.get("resolvedAt").asObject());
        }
        if (!row.get("dataset").asString("").equals(dataset)) {
            return new FieldProblem("correction", "it is about " + row.get("dataset").asString("")
                    + "'s network, not " + dataset + "'s, where this change is");
        }
        tx.run("""
                MATCH (c:Correction {id: $id})
                SET c.status = 'ACCEPTED', c.resolvedAt = datetime(), c.resolvedBy = $actor
                """, Map.of("id", correction, "actor", actor)).consume();
        reply.send(tx, correction);
        return null;
    }
}
