package org.trustmap.database;

/** A schema migration that cannot be applied; the message names the file and what is wrong with it. */
public class SchemaMigrationException extends RuntimeException {

    public SchemaMigrationException(String fileName, String problem) {
        super("Neo4j schema migration " + fileName + " cannot be applied: " + problem);
    }

    public SchemaMigrationException(String fileName, String problem, Throwable cause) {
        super("Neo4j schema migration " + fileName + " cannot be applied: " + problem, cause);
    }
}
