package org.trustmap.editing;

import org.neo4j.driver.TransactionContext;

/**
 * Accepts the public correction a change was made for, inside the change's own transaction: the change and
 * the acceptance commit together or not at all (stewardship keeps the corrections).
 */
public interface CorrectionLink {

    /**
     * Marks the correction accepted by the actor, or says why it cannot be (unknown, not waiting, another
     * authority's); nothing is written when it cannot.
     *
     * @param dataset the authority whose record the change writes
     * @return the problem, for the input field {@code correction}, or null once accepted
     */
    FieldProblem accept(TransactionContext tx, String correction, String dataset, String actor);
}
