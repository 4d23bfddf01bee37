package org.trustmap.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.trustmap.support.WithoutSharedNeo4j;

/**
 * The same application code against a Neo4j server in a container, as in docker-compose.yml.
 * Skipped where no Docker engine runs.
 */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
@WithoutSharedNeo4j
class ExternalNeo4jContainerTest {

    @Container
    @ServiceConnection
    static Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08-community").withoutAuthentication();

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    @Test
    void runsAgainstTheServerWithoutStartingAnEmbeddedDatabase() {
        assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
        var migrations = driver.executableQuery("MATCH (m:SchemaMigration) RETURN count(m) AS n").execute();
        assertThat(migrations.records().getFirst().get("n").asInt()).isPositive();
    }
}
