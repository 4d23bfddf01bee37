package org.trustmap.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.trustmap.TrustmapApplication;
import org.trustmap.support.SharedNeo4j;

/**
 * Runs the application as a user would, with no {@code spring.neo4j.uri}: it must start its own Neo4j,
 * and a second start in the same folder must find what the first wrote.
 */
class EmbeddedNeo4jRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aSecondStartFindsTheDataOfTheFirst() {
        try (var first = startEmbedded()) {
            assertThat(first.getBean(EmbeddedNeo4j.class).boltUri().getHost()).isEqualTo("127.0.0.1");
            first.getBean(Driver.class).executableQuery("CREATE (:RestartProbe {name: 'written before restart'})")
                    .execute();
        }

        try (var second = startEmbedded()) {
            var names = second.getBean(Driver.class)
                    .executableQuery("MATCH (p:RestartProbe) RETURN p.name AS name").execute()
                    .records().stream().map(r -> r.get("name").asString()).toList();
            assertThat(names).containsExactly("written before restart");
        }
    }

    @Test
    void closesPromptlyAfterAFailedQuery() {
        var context = startEmbedded();
        var driver = context.getBean(Driver.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.executableQuery("RETURN nonsense(").execute())
                .isInstanceOf(org.neo4j.driver.exceptions.Neo4jException.class);
        long started = System.nanoTime();
        context.close();
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds to shut down").isLessThan(30);
    }

    @Test
    void aConfiguredPasswordLetsOutsideToolsInAfterARestart() {
        for (int start = 0; start < 2; start++) {
            try (var neo4j = EmbeddedNeo4j.start(dataDirectory, 0, 16L << 20, 64L << 20, "a-configured-password");
                    var driver = org.neo4j.driver.GraphDatabase.driver(neo4j.boltUri(),
                            org.neo4j.driver.AuthTokens.basic("neo4j", "a-configured-password"))) {
                assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void anExternalUriStartsNoEmbeddedDatabase() {
        String[] arguments = concat(SharedNeo4j.connectionArguments(), "--server.port=0",
                "--trustmap.neo4j.embedded.directory=" + dataDirectory);
        try (var context = new SpringApplicationBuilder(TrustmapApplication.class).run(arguments)) {
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(dataDirectory).isEmptyDirectory();
        }
    }

    // Command-line arguments, as a user would give them: they outrank application.properties. The bundled
    // networks are left out: loading them on the first start took most of each test, and no test reads them.
    private ConfigurableApplicationContext startEmbedded() {
        return new SpringApplicationBuilder(TrustmapApplication.class).run("--server.port=0",
                "--trustmap.neo4j.embedded.directory=" + dataDirectory,
                "--trustmap.neo4j.embedded.bolt-port=0", "--trustmap.datasets.load-bundled=false");
    }

    private static String[] concat(String[] first, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }
}
