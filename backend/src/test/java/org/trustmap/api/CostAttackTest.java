package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
 * database work. Measured as the processor time of the server's request threads (Tomcat's, which parse,
 * validate and run a request; none of these reach the database), not as wall time: the machine is shared,
 * and the JVM's compiler and collector threads do other tests' work too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CostAttackTest {

    /** Far above what a refusal costs (milliseconds), far below what these shapes cost unrefused (seconds). */
    private static final Duration MOST_PROCESSOR_TIME = Duration.ofSeconds(1);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
                + "n: node(id: \"partnership:hart-lcp\") { id } }", Map.of());

        assertThat(response.get("errors")).isNull();
        assertThat(response.at("/extensions/dbRoundTrips").asInt()).isEqualTo(3);
    }

    private Refusal send(String document) {
        Map<Long, Long> before = requestThreadsCpu();
        JsonNode response = graphQl.post(document, Map.of());
        long spent = 0;
        for (Map.Entry<Long, Long> thread : requestThreadsCpu().entrySet()) {
            spent += Math.max(0, thread.getValue() - before.getOrDefault(thread.getKey(), 0L));
        }

        assertThat(response.path("data").isNull() || response.path("data").isMissingNode()).as(response.toString()).isTrue();
        assertThat(response.at("/extensions/dbRoundTrips").asInt()).isZero();
        return new Refusal(response.at("/errors/0/message").asString(), Duration.ofNanos(spent));
    }

    /** Processor time so far of each of the server's request threads, by thread id. */
    private static Map<Long, Long> requestThreadsCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("http-nio-")) {
                cpu.put(thread.getThreadId(), THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return cpu;
    }

    record Refusal(String message, Duration processorTime) {
    }
}
