package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.management.OperatingSystemMXBean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * The request shapes that cost an anonymous client nothing and the server seconds of processor time
 * each: they are refused, with a plain GraphQL error, before graphql-java validates them and before any
 * database work. Measured as the server's processor time (the whole test JVM, which runs the server and
 * the database), not as wall time: the machine is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CostAttackTest {

    /** Far above what a refusal costs (milliseconds), far below what these shapes cost unrefused (seconds). */
    private static final Duration MOST_PROCESSOR_TIME = Duration.ofSeconds(1);

    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @LocalServerPort
    int port;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @ParameterizedTest
    @ValueSource(ints = { 100, 200, 400, 700 })
    void aLongChainOfFragmentsIsRefusedBeforeValidation(int fragments) {
        String document = "query { ...F0 } " + IntStream.range(0, fragments)
                .mapToObj(i -> "fragment F" + i + " on Query { " + (i + 1 < fragments ? "...F" + (i + 1) : "graphSummary { nodes }") + " }")
                .collect(Collectors.joining(" "));

        Refusal refusal = send(document);

        assertThat(refusal.message()).contains("fragment");
        assertThat(refusal.processorTime()).isLessThan(MOST_PROCESSOR_TIME);
    }

    @Test
    void fragmentsSpreadManyTimesOverAreCountedAsTheyExpand() {
        // Each fragment spreads the next twice: 2^20 selections from a document of a few hundred bytes.
        String document = "query { ...F0 } " + IntStream.range(0, 20)
                .mapToObj(i -> "fragment F" + i + " on Query { " + (i + 1 < 20 ? "...F" + (i + 1) + " ...F" + (i + 1)
                        : "graphSummary { nodes }") + " }")
                .collect(Collectors.joining(" "));

        Refusal refusal = send(document);

        assertThat(refusal.message()).isNotBlank();
        assertThat(refusal.processorTime()).isLessThan(MOST_PROCESSOR_TIME);
    }

    @Test
    void twoThousandFourHundredAliasesOfGraphSummaryAreRefusedBeforeAnyDatabaseWork() {
        String document = "{" + IntStream.range(0, 2400).mapToObj(i -> "a" + i + ":graphSummary{nodes}")
                .collect(Collectors.joining(" ")) + "}";

        Refusal refusal = send(document);

        assertThat(refusal.message()).containsAnyOf("aliases", "tokens");
        assertThat(refusal.processorTime()).isLessThan(MOST_PROCESSOR_TIME);
    }

    @Test
    void oneAliasPastTheLimitIsRefusedNamingIt() {
        String document = "{" + IntStream.range(0, 31).mapToObj(i -> "a" + i + ":graphSummary{nodes}")
                .collect(Collectors.joining(" ")) + "}";

        assertThat(send(document).message()).isEqualTo("The request uses 31 aliases; at most 30 are allowed.");
    }

    @Test
    void fiftyWideNeighbourhoodsAreRefusedBeforeAnyDatabaseWork() {
        String document = "{" + IntStream.range(0, 50)
                .mapToObj(i -> "n" + i + ":neighbourhood(id:\"partnership:hart-lcp\",hops:3,limit:2000){nodes{id}}")
                .collect(Collectors.joining(" ")) + "}";

        Refusal refusal = send(document);

        assertThat(refusal.message()).isNotBlank();
        assertThat(refusal.processorTime()).isLessThan(MOST_PROCESSOR_TIME);
    }

    @Test
    void twoWideNeighbourhoodsCostMoreThanOneRequestMay() {
        String document = "{ a: neighbourhood(id: \"partnership:hart-lcp\", hops: 3, limit: 2000) { nodes { id } } "
                + "b: neighbourhood(id: \"partnership:hart-lcp\", hops: 3, limit: 2000) { nodes { id } } }";

        Refusal refusal = send(document);

        assertThat(refusal.message()).containsIgnoringCase("maximum query complexity exceeded");
        assertThat(refusal.processorTime()).isLessThan(MOST_PROCESSOR_TIME);
    }

    @Test
    void aFewDatabaseQueriesInOneRequestStillRun() {
        JsonNode response = graphQl.post("{ a: graphSummary { nodes } b: graphSummary { relationships } "
                + "n: neighbourhood(id: \"partnership:hart-lcp\", hops: 1) { nodes { id } } }", Map.of());

        assertThat(response.get("errors")).isNull();
        assertThat(response.at("/extensions/dbRoundTrips").asInt()).isEqualTo(3);
    }

    private Refusal send(String document) {
        long before = PROCESS.getProcessCpuTime();
        JsonNode response = graphQl.post(document, Map.of());
        Duration spent = Duration.ofNanos(PROCESS.getProcessCpuTime() - before);

        assertThat(response.path("data").isNull() || response.path("data").isMissingNode()).as(response.toString()).isTrue();
        assertThat(response.at("/extensions/dbRoundTrips").asInt()).isZero();
        return new Refusal(response.at("/errors/0/message").asString(), spent);
    }

    record Refusal(String message, Duration processorTime) {
    }
}
