package org.trustmap.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts Neo4j inside the application when no external server is configured, and hands its Bolt
 * address to Spring Boot's own driver set-up (through {@link Neo4jConnectionDetails}), so the rest of
 * the application cannot tell the two apart.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "trustmap.neo4j.embedded.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(Neo4jConnectionDetails.class)
@Conditional(NoExternalNeo4jConfigured.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
public class EmbeddedNeo4jAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        return EmbeddedNeo4j.start(properties.directory(), properties.boltPort(),
                properties.pageCache().toBytes(), properties.transactionMemory().toBytes(), properties.password());
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.basic(neo4j.user(), neo4j.password());
            }
        };
    }
}
