package org.trustmap.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;
import org.trustmap.api.NotFoundException;
import org.trustmap.api.Projection;
import org.trustmap.api.Today;
import org.trustmap.api.Validity;
import org.trustmap.network.NetworkDrawing.NetworkEdge;
import org.trustmap.network.NetworkDrawing.NetworkNode;

/** The network as drawn: around a node, a whole authority, and the chain between two nodes. */
@Controller
class NeighbourhoodController {

    static final int MAX_NODES = 2000;
    static final int MAX_HOPS = 3;

    private final GraphReads reads;
    private final Today today;

    NeighbourhoodController(GraphReads reads, Today today) {
        this.reads = reads;
        this.today = today;
    }

    /** The GraphQL type {@code NetworkGraph}. */
    record NetworkGraph(String centre, LocalDate asOf, List<NetworkNode> nodes, List<NetworkEdge> edges,
            boolean truncated) {
    }

    /** The GraphQL type {@code NetworkPath}. */
    record NetworkPath(int length, PathKind kind, List<NetworkNode> nodes, List<NetworkEdge> edges,
            List<String> description) {
    }

    /** A drawing as the Cypher reads it: its edges not yet labelled nor trimmed to the nodes kept. */
    record Drawn(List<NetworkNode> nodes, List<NetworkEdge> edges, boolean truncated) {
    }

    /** The shortest path as the Cypher reads it, with whether its two ends exist. */
    record Found(String from, String to, boolean found, List<NetworkNode> nodes, List<NetworkEdge> edges) {
    }

    @QueryMapping
    NetworkGraph neighbourhood(@Argument String id, @Argument Integer hops, @Argument LocalDate asOf,
            @Argument Integer limit, DataFetchingEnvironment env) {
        int steps = hops == null ? 1 : hops;
        if (steps < 1 || steps > MAX_HOPS) {
            throw new InvalidArgumentException("hops", "must be 1, 2 or 3, not " + steps);
        }
        int cap = limit(limit, 300);
        LocalDate day = day(asOf);
        Projection p = new Projection();
        String d = p.parameter(day);
        String cap_ = p.parameter(cap);
        String hopsParameter = p.parameter(steps);
        StringBuilder cypher = new StringBuilder("MATCH (c:Entity {id: " + p.parameter(id) + "})\n"
                + "WITH c, [[c]] AS levels, [c] AS seen, [c] AS frontier, [] AS edges, false AS truncated\n");
        // Each node gives at most `limit` neighbours: more could never be drawn, and a Trust bound to every
        // school of its county would otherwise be read whole at every hop (the drawing says it is truncated).
        // Every hop is written, and those beyond the one asked walk from no node; the fields asked for are a
        // parameter: one text for 1, 2 or 3 hops and any selection, planned once (by the warm-up).
        for (int hop = 1; hop <= MAX_HOPS; hop++) {
            cypher.append("""
                    CALL (frontier) {
                      UNWIND CASE WHEN %3$s >= %4$d THEN frontier ELSE [] END AS x
                      CALL (x) { CALL (x) { %1$s } RETURN y, edge LIMIT %2$s }
                      RETURN collect(DISTINCT y) AS found, collect(edge) AS hopEdges
                    }
                    WITH c, levels, seen, edges + hopEdges AS edges, truncated, [y IN found WHERE NOT y IN seen] AS fresh
                    WITH c, levels, seen, edges, truncated OR size(fresh) > %2$s - size(seen) AS truncated,
                         fresh[0..(%2$s - size(seen))] AS frontier
                    WITH c, levels + [frontier] AS levels, seen + frontier AS seen, frontier, edges, truncated
                    """.formatted(NetworkDrawing.neighbours(d), cap_, hopsParameter, hop));
        }
        cypher.append("""
                RETURN {nodes: COLLECT { UNWIND range(0, size(levels) - 1) AS depth UNWIND levels[depth] AS n
                                         RETURN %s },
                        edges: edges, truncated: truncated} AS graph
                """.formatted(NetworkDrawing.switched("n", "depth", d, p.parameter(NetworkDrawing.asked(nodeFields(env))))));
        Drawn graph = reads.list(env, cypher.toString(), p.parameters(), Drawn.class).stream().findFirst().orElse(null);
        if (graph == null) {
            throw new NotFoundException("Nothing has the id " + id, List.of());
        }
        return drawing(id, day, graph);
    }

    @QueryMapping
    NetworkGraph authorityNetwork(@Argument String authority, @Argument LocalDate asOf, @Argument Boolean people,
            @Argument Integer limit, DataFetchingEnvironment env) {
        int cap = limit(limit, MAX_NODES);
        LocalDate day = day(asOf);
        Projection p = new Projection();
        String d = p.parameter(day);
        String cypher = """
                MATCH (a:Authority {id: %1$s})
                WITH a, COLLECT { MATCH (x:Entity {dataset: a.id}) USING INDEX x:Entity(dataset) WHERE x:Partnership AND %2$s RETURN x } AS partnerships,
                     COLLECT { MATCH (x:District)-[:IN_AUTHORITY]->(a) RETURN x } AS districts
                WITH a, partnerships, districts,
                     COLLECT { UNWIND partnerships AS x MATCH (x)-[r:BUILT_AROUND]->(c:SchoolCluster) WHERE %3$s RETURN DISTINCT c } AS clusters,
                     CASE WHEN %4$s THEN COLLECT { UNWIND partnerships AS x MATCH (post:Post)-[:SEAT_ON]->(x) WHERE %5$s RETURN post }
                          ELSE [] END AS posts
                WITH a, partnerships, districts, clusters, posts,
                     COLLECT { UNWIND posts AS post MATCH (person:Person)-[:HOLDS]->(m:Membership)-[:OF_POST]->(post)
                               WHERE %6$s RETURN DISTINCT person } AS people,
                     COLLECT { UNWIND posts AS post MATCH (m:Membership)-[:OF_POST]->(post) WHERE %6$s
                               MATCH (m)-[:ON_BEHALF_OF]->(b) RETURN DISTINCT b } AS bodies
                WITH a, [a] + partnerships + districts + clusters + posts + people + bodies AS everything
                CALL (everything) {
                  UNWIND everything AS n
                  WITH DISTINCT n
                  WITH n, CASE WHEN n:Authority THEN 0
                               WHEN n.kind = 'CHILDRENS_TRUST' THEN 1
                               WHEN n.kind IN ['TRUST_BOARD', 'BUSINESS_GROUP', 'SPECIFIC_ARRANGEMENTS', 'CHAIRS_GROUP',
                                               'LOCAL_STRATEGIC_PARTNERSHIP'] AND n:Partnership AND NOT EXISTS { (n)-[:COVERS]->(:District) } THEN 2
                               WHEN n:Partnership AND n.kind IN ['STEERING_GROUP', 'SAFEGUARDING_BOARD', 'SAFEGUARDING_PARTNERSHIP',
                                               'YOUTH_OFFENDING_MANAGEMENT_BOARD', 'TEENAGE_PREGNANCY_PARTNERSHIP'] THEN 3
                               WHEN n:Partnership AND n.kind = 'LOCAL_CHILDRENS_PARTNERSHIP' THEN 4
                               WHEN n:Partnership OR n:SchoolCluster OR n:District THEN 5
                               WHEN n:Post THEN 6 WHEN n:Person THEN 7 ELSE 8 END AS depth
                  ORDER BY depth, n.name LIMIT %7$s
                  RETURN collect({n: n, depth: depth}) AS kept
                }
                WITH size(everything) > size(kept) AS truncated, kept, [k IN kept | k.n] AS nodes
                RETURN {nodes: COLLECT { UNWIND kept AS k WITH k.n AS n, k.depth AS depth RETURN %8$s },
                        edges: COLLECT { UNWIND nodes AS x CALL (x, nodes) { %9$s } RETURN edge },
                        truncated: truncated} AS graph
                """.formatted(p.parameter(authority), Validity.on("x", d), Validity.on("r", d),
                p.parameter(!Boolean.FALSE.equals(people)), Validity.on("post", d),
                Validity.on("m", d), p.parameter(cap), NetworkDrawing.node("n", "depth", d, nodeFields(env)),
                NetworkDrawing.edgesAmong(d));
        Drawn graph = reads.list(env, cypher, p.parameters(), Drawn.class).stream().findFirst().orElse(null);
        if (graph == null) {
            throw new NotFoundException("No authority has the id " + authority, List.of());
        }
        return drawing(authority, day, graph);
    }

    @QueryMapping
    NetworkPath connection(@Argument String from, @Argument String to, @Argument LocalDate asOf,
            @Argument Integer maxHops, @Argument Boolean geography, DataFetchingEnvironment env) {
        int hops = maxHops == null ? 8 : maxHops;
        if (hops < 1 || hops > 12) {
            throw new InvalidArgumentException("maxHops", "must be between 1 and 12, not " + hops);
        }
        if (from.equals(to)) {
            throw new InvalidArgumentException("to", "is " + from + ", the same as from: a connection is between two "
                    + "different things");
        }
        LocalDate day = day(asOf);
        Projection p = new Projection();
        String d = p.parameter(day);
        String cypher = """
                OPTIONAL MATCH (a:Entity {id: %1$s})
                OPTIONAL MATCH (b:Entity {id: %2$s})
                OPTIONAL MATCH path = shortestPath((a)-[*..%3$d]-(b))
                WHERE all(r IN relationships(path) WHERE type(r) IN %7$s AND %4$s) AND all(n IN nodes(path) WHERE %5$s)
                RETURN {from: a.id, to: b.id, found: path IS NOT NULL,
                        nodes: CASE WHEN path IS NULL THEN [] ELSE
                               COLLECT { UNWIND range(0, size(nodes(path)) - 1) AS i WITH nodes(path)[i] AS n, i RETURN %6$s } END,
                        edges: [r IN coalesce(relationships(path), []) | {id: elementId(r), source: startNode(r).id,
                                target: endNode(r).id, type: type(r), validFrom: r.validFrom, validTo: r.validTo}]} AS path
                """.formatted(p.parameter(from), p.parameter(to), hops, Validity.on("r", d),
                Validity.on("n", d), NetworkDrawing.node("n", "i", d),
                p.parameter(PathKind.types(Boolean.TRUE.equals(geography))));
        Found path = reads.list(env, cypher, p.parameters(), Found.class).getFirst();
        if (path.from() == null || path.to() == null) {
            throw new NotFoundException("Nothing has the id " + (path.from() == null ? from : to), List.of());
        }
        if (!path.found()) {
            return null;
        }
        PathKind kind = PathKind.of(path.edges().stream().map(NetworkEdge::type).toList());
        List<NetworkEdge> edges = NetworkDrawing.edges(path.edges(), ids(path.nodes()));
        Map<String, String> labelOf = new LinkedHashMap<>();
        path.nodes().forEach(n -> labelOf.put(n.id(), n.label()));
        List<String> description = new ArrayList<>();
        for (NetworkEdge edge : edges) {
            description.add(labelOf.get(edge.source()) + " " + edge.label() + " " + labelOf.get(edge.target()));
        }
        return new NetworkPath(edges.size(), kind, path.nodes(), edges, description);
    }

    /** The NetworkNode fields the request asks for. */
    private static Set<String> nodeFields(DataFetchingEnvironment env) {
        var selection = Projection.selection(env, "nodes");
        Set<String> fields = new HashSet<>();
        if (selection != null) {
            selection.getImmediateFields().forEach(field -> fields.add(field.getName()));
        }
        return fields;
    }

    private static NetworkGraph drawing(String centre, LocalDate day, Drawn graph) {
        return new NetworkGraph(centre, day, graph.nodes(), NetworkDrawing.edges(graph.edges(), ids(graph.nodes())),
                graph.truncated());
    }

    private static Set<String> ids(List<NetworkNode> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        return ids;
    }

    private static int limit(Integer limit, int fallback) {
        int value = limit == null ? fallback : limit;
        if (value < 1 || value > MAX_NODES) {
            throw new InvalidArgumentException("limit", "must be between 1 and " + MAX_NODES + ", not " + value);
        }
        return value;
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? today.date() : asOf;
    }
}
