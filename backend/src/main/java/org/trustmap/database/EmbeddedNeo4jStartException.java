package org.trustmap.database;

import java.nio.file.Path;

/** The embedded Neo4j did not start; the failure analysers explain why from its cause. */
public class EmbeddedNeo4jStartException extends RuntimeException {

    private final transient Path home;
    private final int boltPort;

    EmbeddedNeo4jStartException(Path home, int boltPort, Throwable cause) {
        super("The embedded Neo4j in " + home.toAbsolutePath() + " (Bolt port " + boltPort + ") did not start", cause);
        this.home = home;
        this.boltPort = boltPort;
    }

    Path home() {
        return home;
    }

    int boltPort() {
        return boltPort;
    }
}
