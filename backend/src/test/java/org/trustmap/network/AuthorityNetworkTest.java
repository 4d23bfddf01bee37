package org.trustmap.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * The drawing of an authority's network has every relation between the nodes it draws, each once: checked
 * against the neighbourhood of each node, which finds relations its own way (from both ends, by neighbour).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorityNetworkTest {

    private static final int SAMPLED = 25;

    private static final String EDGES = "edges { id source target type validFrom validTo }";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({"authority:E10000014, 2026-11-20", "authority:E10000014, 2010-06-01", "authority:E10000016, 2026-11-20"})
    void everyRelationBetweenTheNodesDrawnIsThereOnce(String authority, String asOf) {
        GraphQlHttp graphQl = new GraphQlHttp(port);
        JsonNode network = graphQl.data("""
                query ($authority: ID!, $asOf: Date) { authorityNetwork(authority: $authority, asOf: $asOf) {
                  truncated nodes { id } %s } }""".formatted(EDGES), Map.of("authority", authority, "asOf", asOf))
                .get("authorityNetwork");
        assertThat(network.get("truncated").asBoolean()).isFalse();
        Set<String> nodes = new HashSet<>();
        network.get("nodes").forEach(node -> nodes.add(node.get("id").asString()));
        Map<String, Set<String>> drawnAt = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode edge : network.get("edges")) {
            assertThat(ids.add(edge.get("id").asString())).as("each relation once: %s", edge).isTrue();
            assertThat(nodes).contains(edge.get("source").asString(), edge.get("target").asString());
            for (String end : List.of(edge.get("source").asString(), edge.get("target").asString())) {
                drawnAt.computeIfAbsent(end, key -> new HashSet<>()).add(key(edge));
            }
        }
        assertThat(ids).hasSizeGreaterThan(30);

        // Every kind of node but the areas, by taking every n-th id in order (ids start with their kind). An
        // authority's or a district's neighbourhood is its hundreds of schools: the other end of each of their
        // relations is checked instead.
        List<String> sorted = nodes.stream().filter(id -> !id.startsWith("authority:") && !id.startsWith("district:"))
                .sorted().toList();
        int stride = Math.max(1, sorted.size() / SAMPLED);
        int checked = 0;
        for (int i = 0; i < sorted.size(); i += stride) {
            String id = sorted.get(i);
            JsonNode around = graphQl.data("""
                    query ($id: ID!, $asOf: Date) { neighbourhood(id: $id, hops: 1, asOf: $asOf, limit: 2000) {
                      truncated %s } }""".formatted(EDGES), Map.of("id", id, "asOf", asOf)).get("neighbourhood");
            if (around.get("truncated").asBoolean()) {
                continue;
            }
            Set<String> expected = new HashSet<>();
            for (JsonNode edge : around.get("edges")) {
                String source = edge.get("source").asString();
                String target = edge.get("target").asString();
                if ((source.equals(id) || target.equals(id)) && nodes.contains(source) && nodes.contains(target)) {
                    expected.add(key(edge));
                }
            }
            assertThat(drawnAt.getOrDefault(id, Set.of())).as("the relations of %s as of %s", id, asOf)
                    .containsExactlyInAnyOrderElementsOf(expected);
            checked++;
        }
        assertThat(checked).as("nodes whose neighbourhood was compared").isGreaterThanOrEqualTo(Math.min(SAMPLED - 5, sorted.size() / 2));
    }

    private static String key(JsonNode edge) {
        return String.join("|", edge.get("id").asString(), edge.get("source").asString(), edge.get("target").asString(),
                edge.get("type").asString(), String.valueOf(edge.get("validFrom")), String.valueOf(edge.get("validTo")));
    }
}
