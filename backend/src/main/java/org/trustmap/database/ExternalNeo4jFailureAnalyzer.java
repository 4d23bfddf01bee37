package org.trustmap.database;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/** The external Neo4j refused the credentials, or cannot be reached, at start-up. */
class ExternalNeo4jFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    ExternalNeo4jFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        String uri = environment.getProperty("spring.neo4j.uri", "the configured address");
        String user = environment.getProperty("spring.neo4j.authentication.username", "neo4j");
        var refused = StartFailures.find(failure, AuthenticationException.class::isInstance);
        if (refused.isPresent()) {
            return new FailureAnalysis("The Neo4j at " + uri + " refused user " + user + " and the password given.",
                    "Set SPRING_NEO4J_AUTHENTICATION_PASSWORD (spring.neo4j.authentication.password), and "
                            + "SPRING_NEO4J_AUTHENTICATION_USERNAME if needed, to that server's credentials.",
                    refused.get());
        }
        var waited = StartFailures.find(failure, DatabaseStartWaitException.class::isInstance)
                .map(DatabaseStartWaitException.class::cast);
        if (waited.isPresent()) {
            DatabaseStartWaitException gaveUp = waited.get();
            Throwable cause = gaveUp.getCause() == null ? gaveUp : gaveUp.getCause();
            return new FailureAnalysis("The Neo4j at " + gaveUp.address() + " did not answer within "
                    + gaveUp.waited().toSeconds() + " s (trustmap.database.start-wait): "
                    + StartFailures.message(cause),
                    "Start it, or set SPRING_NEO4J_URI (spring.neo4j.uri) to its Bolt address, or wait longer with "
                            + "TRUSTMAP_DATABASE_START_WAIT (trustmap.database.start-wait, e.g. 5m); leave "
                            + "SPRING_NEO4J_URI unset to use the embedded database.", gaveUp);
        }
        return StartFailures.find(failure, ServiceUnavailableException.class::isInstance).map(cause ->
                new FailureAnalysis("The Neo4j at " + uri + " cannot be reached.", "Start it, or set SPRING_NEO4J_URI "
                        + "(spring.neo4j.uri) to its Bolt address; leave it unset to use the embedded database.",
                        cause)).orElse(null);
    }
}
