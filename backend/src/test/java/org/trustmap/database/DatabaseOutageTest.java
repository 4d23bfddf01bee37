package org.trustmap.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.trustmap.TrustmapApplication;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * The database goes away under a running trustmap (as an external server would): requests fail fast with
 * a plain GraphQL error, health says DOWN, and service comes back by itself when the database does.
 */
class DatabaseOutageTest {

    @TempDir
    Path store;

    @Test
    void requestsFailFastWhileTheDatabaseIsAwayAndServiceResumesWhenItIsBack() throws Exception {
        int bolt = freePort();
        EmbeddedNeo4j database = EmbeddedNeo4j.start(store, bolt, 32L << 20, 128L << 20, "outage-test-password");
        try (var app = new SpringApplicationBuilder(TrustmapApplication.class).run("--server.port=0",
                "--spring.neo4j.uri=" + database.boltUri(), "--spring.neo4j.authentication.password=outage-test-password",
                "--trustmap.datasets.load-bundled=false", "--trustmap.rate-limit.enabled=false")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            GraphQlHttp graphQl = new GraphQlHttp(port);
            assertThat(graphQl.data("{ authorities { id } }", Map.of()).get("authorities")).isEmpty();
            assertThat(health(port)).isEqualTo(200);

            database.close();

            long started = System.nanoTime();
            JsonNode response = graphQl.post("{ authorities { id } }", Map.of());
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertThat(response.at("/errors/0/message").asString())
                    .isEqualTo("The database is unavailable at the moment; please try again in a minute.");
            assertThat(response.toString()).doesNotContain("Exception", "at org.");
            assertThat(seconds).as("seconds to fail").isLessThan(15);
            assertThat(health(port)).isEqualTo(503);

            database = EmbeddedNeo4j.start(store, bolt, 32L << 20, 128L << 20, "outage-test-password");
            JsonNode recovered = null;
            for (int attempt = 0; attempt < 30 && (recovered == null || recovered.has("errors")); attempt++) {
                Thread.sleep(1000);
                recovered = graphQl.post("{ authorities { id } }", Map.of());
            }
            assertThat(recovered.has("errors")).as(String.valueOf(recovered)).isFalse();
            assertThat(health(port)).isEqualTo(200);
        }
        finally {
            database.close();
        }
    }

    private static int health(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
