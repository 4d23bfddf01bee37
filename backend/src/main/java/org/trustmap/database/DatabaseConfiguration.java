package org.trustmap.database;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /**
     * The first use of the database at start-up: waits for the embedded one however long it takes, for an
     * external one for {@code trustmap.database.start-wait}.
     */
    @Bean(initMethod = "await")
    DatabaseStartWait databaseStartWait(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${spring.neo4j.uri:}") String uri, @Value("${trustmap.database.start-wait:2m}") Duration limit) {
        EmbeddedNeo4j own = embedded.getIfAvailable();
        return own != null ? new DatabaseStartWait(driver, own.boltUri().toString(), null)
                : new DatabaseStartWait(driver, uri, limit);
    }

    /**
     * Brings the graph's constraints and indexes up to date before anything reads or writes it (asked again
     * while the database is out of reach: a run is safe to repeat).
     */
    @Bean
    SchemaMigrations schemaMigrations(Driver driver, DatabaseStartWait answered, ResourcePatternResolver resources,
            @Value("${trustmap.neo4j.migrations.location:classpath:neo4j/migrations/}") String location,
            @Value("${trustmap.neo4j.migrations.lock-wait:5m}") Duration lockWait) {
        SchemaMigrations migrations = new SchemaMigrations(driver, resources, location, lockWait);
        answered.whileStarting(migrations::apply);
        return migrations;
    }

    /** In the liveness group (application.properties): DOWN once the embedded database needed a restart too long. */
    @Bean
    org.springframework.boot.health.contributor.HealthIndicator databaseRestartHealthIndicator(
            org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${trustmap.neo4j.embedded.restart-grace:60s}") java.time.Duration grace) {
        return new DatabaseRestartHealth(embedded, grace);
    }
}
