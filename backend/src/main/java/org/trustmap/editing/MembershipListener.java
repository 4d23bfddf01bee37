package org.trustmap.editing;

import org.neo4j.driver.TransactionContext;

/**
 * Told of every appointment and every change to a membership, inside the transaction that writes it, once
 * the change has passed its checks: what it writes (an alert in the outbox) commits or rolls back with it.
 */
public interface MembershipListener {

    /** @param action the mutation: appointMember, endMembership, updateMembership */
    void membershipChanged(TransactionContext tx, String membership, String action);
}
