package org.trustmap.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.trustmap.TrustmapApplication;
import org.trustmap.support.GraphQlHttp;
import org.trustmap.support.Testshire;

/**
 * Readiness says UP only once every headline question has been asked once (and so planned); liveness is UP
 * all along. The one test that warms up: the shared test settings switch the warm-up off.
 */
@ExtendWith(OutputCaptureExtension.class)
class WarmUpReadinessTest {

    @TempDir
    Path store;

    @Test
    void readinessWaitsForTheWarmUpAndLivenessDoesNot(CapturedOutput output) throws Exception {
        // Holds the warm-up's questions (and only they arrive before the gate opens) so the test sees it running.
        CountDownLatch gate = new CountDownLatch(1);
        java.util.Set<Integer> ports = java.util.concurrent.ConcurrentHashMap.newKeySet();
        WebGraphQlInterceptor held = (request, chain) -> {
            ports.add(request.getUri().getPort());
            try {
                gate.await(5, TimeUnit.MINUTES);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return chain.next(request);
        };
        try (var app = new SpringApplicationBuilder(TrustmapApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("heldWarmUp", held))
                .run("--server.port=0", "--trustmap.neo4j.embedded.directory=" + store.resolve("neo4j"),
                        "--trustmap.neo4j.embedded.bolt-port=0", "--trustmap.warm-up.enabled=true",
                        // Two at once, so that the questions waiting on each other's answers are tested concurrently.
                        "--trustmap.warm-up.threads=2",
                        "--trustmap.datasets.bundled=" + Testshire.copy(),
                        "--spring.neo4j.pool.connection-acquisition-timeout=60s")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            HttpResponse<String> waiting = get(port, "/actuator/health/readiness");
            assertThat(waiting.statusCode()).isEqualTo(503);
            assertThat(waiting.body()).contains("OUT_OF_SERVICE");
            assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);

            gate.countDown();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (get(port, "/actuator/health/readiness").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

            WarmUp.Outcome outcome = app.getBean(WarmUpReadiness.class).outcome();
            assertThat(ports).as("the questions came over HTTP, as a visitor's do, to the application's port")
                    .containsExactly(port);
            assertThat(outcome.skipped()).isEmpty();
            assertThat(outcome.asked().keySet()).contains("authorities", "authority network", "coverage",
                    "coverage register", "neighbourhood", "details of a partnership", "details of a school",
                    "connection", "find by postcode", "find by outward code", "find by postcode sector", "find by name",
                    "find by id", "find by ONS code", "find by URN", "find, nothing found", "find, not a postcode", "search",
                    "browse, 4 levels");
            assertThat(output.getOut()).contains("Warm-up: find by postcode in ").contains("Warm-up done: "
                    + outcome.asked().size() + " questions in ");
            assertThat(output.getOut()).as("a place nothing is called is answered \"not found\" once, not asked again")
                    .containsPattern("Warm-up: find, nothing found in \\d+ ms\\R")
                    .doesNotContainPattern("Warm-up: find, nothing found in \\d+ ms, answered with an error");

            // The page's first question after readiness is answered without error (its plan is the warm-up's).
            var answer = new GraphQlHttp(port).data(PageDocuments.read("js/find/find-queries.js",
                    "FIND_REPRESENTATIVES"), Map.of("place", "ZZ1 1AB"));
            assertThat(answer.at("/findRepresentatives/place").asString()).isEqualTo("ZZ1 1AB");
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
