package org.trustmap.database;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of liveness: the in-process database has needed a restart for longer than the grace period, so the
 * process is broken and whatever runs it should restart it. (Readiness goes DOWN at once through the
 * neo4j health check, which drains traffic.) An external database's restarts are its own: restarting
 * trustmap would not heal it, so it never makes trustmap's liveness DOWN.
 */
final class DatabaseRestartHealth implements HealthIndicator {

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final Duration grace;

    DatabaseRestartHealth(ObjectProvider<EmbeddedNeo4j> embedded, Duration grace) {
        this.embedded = embedded;
        this.grace = grace;
    }

    @Override
    public Health health() {
        EmbeddedNeo4j database = embedded.getIfAvailable();
        if (database == null) {
            return Health.up().withDetail("database", "external").build();
        }
        Optional<Instant> since = database.needsRestartSince();
        if (since.isEmpty()) {
            return Health.up().build();
        }
        Instant restartAt = since.get().plus(grace);
        Health.Builder health = Instant.now().isAfter(restartAt) ? Health.down() : Health.up();
        return health.withDetail("needsRestartSince", since.get().toString())
                .withDetail("downFrom", restartAt.toString())
                .withDetail("setting", "trustmap.neo4j.embedded.restart-grace").build();
    }
}
