package org.trustmap.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.monitoring.DatabaseHealth;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.trustmap.TrustmapApplication;
import org.trustmap.support.GraphQlHttp;
import org.trustmap.support.SharedNeo4j;
import tools.jackson.databind.JsonNode;

/**
 * Faults of a running trustmap: an embedded database that needs a restart (Neo4j's state after a write
 * failed with the store unwritable or the disk full) drains traffic at once and asks for a restart of the
 * process after the grace period; a driver pool with no free connection answers "busy, try again".
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFaultsTest {

    @TempDir
    Path store;

    @Test
    void aDatabaseThatNeedsARestartDrainsTrafficThenFailsLiveness() throws Exception {
        try (var app = new SpringApplicationBuilder(TrustmapApplication.class).run("--server.port=0",
                "--trustmap.neo4j.embedded.directory=" + store, "--trustmap.neo4j.embedded.bolt-port=0",
                "--trustmap.datasets.load-bundled=false", "--trustmap.neo4j.embedded.restart-grace=3s",
                // A new Bolt connection can take seconds on a machine shared by many builds.
                "--spring.neo4j.pool.connection-acquisition-timeout=30s")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            GraphQlHttp graphQl = new GraphQlHttp(port);
            assertThat(graphQl.data("{ authorities { id } }", Map.of()).get("authorities")).isEmpty();
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);

            // As root the test cannot make the store unwritable; a failed write leaves Neo4j in this state.
            app.getBean(EmbeddedNeo4j.class).database().getDependencyResolver().resolveDependency(DatabaseHealth.class)
                    .panic(new IOException("No space left on device"));

            JsonNode read = graphQl.post("{ authorities { id } }", Map.of());
            assertThat(read.at("/errors/0/message").asString()).startsWith("The database is unavailable");
            assertThat(read.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAVAILABLE");
            JsonNode write = graphQl.post("mutation { createPerson(input: {authority: \"authority:E10999999\", "
                    + "name: \"Kim Fault\"}) { problems { message } } }", Map.of(), GraphQlHttp.EDITOR);
            assertThat(write.at("/errors/0/message").asString()).startsWith("The database is unavailable");
            assertThat(write.toString()).doesNotContain("Something went wrong", "Exception");

            assertThat(waitFor(port, "/actuator/health/readiness", status -> status == 503)).isEqualTo(503);
            assertThat(waitFor(port, "/actuator/health/liveness", status -> status == 503))
                    .as("liveness after the grace period").isEqualTo(503);
        }
    }

    @Test
    void anExhaustedConnectionPoolAnswersBusyTryAgain(CapturedOutput output) throws Exception {
        String[] arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(SharedNeo4j.connectionArguments()),
                java.util.stream.Stream.of("--server.port=0", "--trustmap.datasets.load-bundled=false",
                        "--spring.neo4j.pool.max-connection-pool-size=2",
                        // Each refused request waits this long for a connection (twice the default, for a
                        // loaded machine); the two refused below wait at the same time.
                        "--spring.neo4j.pool.connection-acquisition-timeout=10s")).toArray(String[]::new);
        try (var app = new SpringApplicationBuilder(TrustmapApplication.class).run(arguments)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            GraphQlHttp graphQl = new GraphQlHttp(port);
            Driver driver = app.getBean(Driver.class);
            try (var one = driver.session(); var first = one.beginTransaction();
                    var two = driver.session(); var second = two.beginTransaction()) {
                first.run("RETURN 1").consume();
                second.run("RETURN 1").consume();

                var graphQlAsked = postGraphQl(port, "{ authorities { id } }");
                var exportAsked = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/admin/networks/authority:E10000014"))
                        .header("Authorization", basic("admin:test-admin-password")).build(),
                        HttpResponse.BodyHandlers.ofString());

                HttpResponse<String> response = graphQlAsked.get();
                JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
                assertThat(body.at("/errors/0/message").asString()).as(response.body()).startsWith("The database is busy");
                assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAVAILABLE");
                assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("DATABASE_BUSY");
                assertThat(response.headers().firstValue("Retry-After")).isPresent();

                HttpResponse<String> export = exportAsked.get();
                assertThat(export.statusCode()).as(export.body()).isEqualTo(503);
                assertThat(export.headers().firstValue("Retry-After")).isPresent();
                assertThat(export.body()).contains("busy");
            }
            assertThat(graphQl.post("{ authorities { id } }", Map.of()).has("errors")).isFalse();
            assertThat(output.getAll()).doesNotContain("ERROR").contains("WARN");
        }
    }

    private static java.util.concurrent.CompletableFuture<HttpResponse<String>> postGraphQl(int port, String query) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int waitFor(int port, String path, IntPredicate wanted) throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 60 && !wanted.test(status); attempt++) {
            status = get(port, path).statusCode();
            if (!wanted.test(status)) {
                Thread.sleep(500);
            }
        }
        return status;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
