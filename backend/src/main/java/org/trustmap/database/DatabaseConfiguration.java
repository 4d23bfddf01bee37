package org.trustmap.database;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Brings the graph's constraints and indexes up to date before anything reads or writes it. */
    @Bean(initMethod = "apply")
    SchemaMigrations schemaMigrations(Driver driver, ResourcePatternResolver resources,
            @Value("${trustmap.neo4j.migrations.location:classpath:neo4j/migrations/}") String location) {
        return new SchemaMigrations(driver, resources, location);
    }

    /** In the liveness group (application.properties): DOWN once the embedded database needed a restart too long. */
    @Bean
    org.springframework.boot.health.contributor.HealthIndicator databaseRestartHealthIndicator(
            org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${trustmap.neo4j.embedded.restart-grace:60s}") java.time.Duration grace) {
        return new DatabaseRestartHealth(embedded, grace);
    }
}
