package org.trustmap.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * A new holding's person, seat and organisation checked by the rule an editor's appointment is checked by
 * ({@link EditChecks#references}), and its seat locked as an appointment locks it: for the spreadsheet of holdings,
 * so that a row and the form refuse the same references with the same words.
 */
public final class HoldingReferences {

    private HoldingReferences() {
    }

    /** @return "field: message" for each reference a new holding in the authority's network may not have */
    public static List<String> problems(TransactionContext tx, String authority, String person, String post,
            String onBehalfOf) {
        Map<String, Object> input = new HashMap<>();
        input.put("person", person);
        input.put("post", post);
        input.put("onBehalfOf", onBehalfOf);
        EditChecks checks = EditChecks.ofReferences(tx);
        checks.references(EditSpec.MEMBERSHIP, input, authority);
        return checks.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    /** Locks the seat for the rest of the transaction, as an appointment does ({@link EditChecks#lockSeat}). */
    public static void lockSeat(TransactionContext tx, String post) {
        EditChecks.ofReferences(tx).lockSeat(post);
    }
}
