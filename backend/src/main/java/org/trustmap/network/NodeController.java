package org.trustmap.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.Projection;

/** Fetching things by id, the list of authorities, and the graph's totals. */
@Controller
class NodeController {

    private final GraphReads reads;

    NodeController(GraphReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    Object node(@Argument String id, DataFetchingEnvironment env) {
        Projection p = new Projection();
        return reads.one(env, "MATCH (n:Entity {id: " + p.parameter(id) + "}) RETURN "
                + p.of("n", "Node", env.getSelectionSet()), p.parameters());
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
        Projection p = new Projection();
        return reads.list(env, "UNWIND " + p.parameter(ids) + " AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN CASE WHEN n IS NULL THEN null ELSE "
                + p.of("n", "Node", env.getSelectionSet()) + " END", p.parameters());
    }

    @QueryMapping
    List<Object> authorities(DataFetchingEnvironment env) {
        Projection p = new Projection();
        // England's geography holds every authority; this lists those whose network is held.
        return reads.list(env, "MATCH (a:Authority) WHERE a.dataset IS NOT NULL RETURN " + p.of("a", "Authority", env.getSelectionSet())
                + " ORDER BY a.name", p.parameters());
    }

    /** The GraphQL types {@code GraphSummary} and {@code KindCount}. */
    record GraphSummary(long nodes, long relationships, List<KindCount> kinds) {
    }

    record KindCount(String kind, long count) {
    }

    @QueryMapping
    GraphSummary graphSummary(DataFetchingEnvironment env) {
        // Counts come from Neo4j's count store, so this stays cheap however large the graph is.
        return reads.row(env, """
                CALL db.labels() YIELD label
                CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
                WITH label, count ORDER BY count DESC, label
                WITH collect({kind: label, count: count}) AS kinds
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships, kinds
                """, Map.of(), GraphSummary.class);
    }
}
