package org.trustmap.network;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GraphSummaryController {

    private final Neo4jClient neo4j;

    GraphSummaryController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @QueryMapping
    GraphSummary graphSummary() {
        // Counts come from Neo4j's count store, so this stays cheap however large the graph is.
        return neo4j.query("""
                CALL db.labels() YIELD label
                CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
                WITH collect({kind: label, count: count}) AS kinds
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships, kinds
                """)
                .fetchAs(GraphSummary.class)
                .mappedBy((types, row) -> new GraphSummary(row.get("nodes").asLong(), row.get("relationships").asLong(),
                        row.get("kinds").asList(k -> new KindCount(k.get("kind").asString(), k.get("count").asLong()))
                                .stream().sorted((a, b) -> Long.compare(b.count(), a.count())).toList()))
                .one().orElseThrow();
    }

    record GraphSummary(long nodes, long relationships, List<KindCount> kinds) {
    }

    record KindCount(String kind, long count) {
    }
}
