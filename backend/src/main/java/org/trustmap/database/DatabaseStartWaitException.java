package org.trustmap.database;

import java.time.Duration;

/** The database did not answer within {@code trustmap.database.start-wait}; explained by the failure analyser. */
public class DatabaseStartWaitException extends RuntimeException {

    private final String address;
    private final Duration waited;

    DatabaseStartWaitException(String address, Duration waited, int attempts, Throwable cause) {
        super("The Neo4j at " + address + " did not answer within " + waited.toSeconds() + " s (" + attempts
                + " attempts)", cause);
        this.address = address;
        this.waited = waited;
    }

    String address() {
        return address;
    }

    Duration waited() {
        return waited;
    }
}
