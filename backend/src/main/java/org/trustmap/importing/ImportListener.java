package org.trustmap.importing;

import org.neo4j.driver.TransactionContext;

/**
 * Told of every import of a network that replaces one already in the graph, inside the import's transaction:
 * first before anything is written, then once the new network is written and its rules pass. What it writes
 * (alerts in the outbox) commits or rolls back with the import. An authority imported for the first time (the
 * bundled networks of a first start, one removed and imported again) replaces nothing, and is not told.
 */
public interface ImportListener {

    /** @return what to do once the network is written, in the same transaction */
    Written replacing(TransactionContext tx, String authority);

    /** The second half of {@link #replacing}. */
    interface Written {
        void written(TransactionContext tx);
    }
}
