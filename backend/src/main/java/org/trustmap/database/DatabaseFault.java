package org.trustmap.database;

import java.util.Optional;

import org.neo4j.driver.exceptions.ConnectionReadTimeoutException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The database faults a client should hear about plainly, with when to try again: the database is away
 * or needs a restart (unavailable), or every connection to it is in use (busy). One place decides, for
 * GraphQL answers and the admin endpoints alike; anything else is not a fault of this kind.
 */
public enum DatabaseFault {

    UNAVAILABLE("DATABASE_UNAVAILABLE", 30,
            "The database is unavailable at the moment; please try again in a minute."),
    BUSY("DATABASE_BUSY", 2, "The database is busy with other requests; please try again in a few seconds.");

    private final String code;
    private final int retryAfterSeconds;
    private final String message;

    DatabaseFault(String code, int retryAfterSeconds, String message) {
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String message() {
        return message;
    }

    /** The fault behind a failure, looking through its causes; empty when it is not one of these. */
    public static Optional<DatabaseFault> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("Unable to acquire connection from the pool")) {
                return Optional.of(BUSY);
            }
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || t instanceof ConnectionReadTimeoutException) {
                return Optional.of(UNAVAILABLE);
            }
            // Neo4j's "panic": a write failed (store unwritable, disk full) and only a restart heals it.
            if (t instanceof Neo4jException && (text.contains("needs to be restarted")
                    || text.contains("encountered a critical error") || text.contains("DatabaseUnavailable"))) {
                return Optional.of(UNAVAILABLE);
            }
        }
        return Optional.empty();
    }
}
