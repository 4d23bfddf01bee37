package org.trustmap.database;

import org.neo4j.driver.exceptions.Neo4jException;

/** A schema migration that cannot be applied; the message names the file and what is wrong with it. */
public class SchemaMigrationException extends RuntimeException {

    public SchemaMigrationException(String fileName, String problem) {
        super("Neo4j schema migration " + fileName + " cannot be applied: " + problem);
    }

    /** Not about one file: the whole message is given. */
    SchemaMigrationException(String message, Neo4jException cause) {
        super(message, cause);
    }

    public SchemaMigrationException(String fileName, String problem, Throwable cause) {
        super("Neo4j schema migration " + fileName + " cannot be applied: " + problem, cause);
    }
}
