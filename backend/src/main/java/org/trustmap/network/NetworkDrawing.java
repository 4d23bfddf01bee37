package org.trustmap.network;

import org.trustmap.api.Validity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared Cypher and wording for the network as drawn: a node as the page draws it, and the plain words
 * for each kind of edge. Memberships are drawn as edges (a person holds a seat, acts for a body), not
 * as nodes of their own.
 */
final class NetworkDrawing {

    private static final Map<String, String> PHRASES = phrases();

    private NetworkDrawing() {
    }

    /** Each NetworkNode field as Cypher: %1$s the node, %2$s its depth, %3$s "in force" for its holdings. */
    private static final Map<String, String> NODE_FIELDS = nodeFields();

    /** Cypher map of node {@code n} as a NetworkNode with every field, {@code day} the day it is drawn for. */
    static String node(String n, String depth, String day) {
        return node(n, depth, day, NODE_FIELDS.keySet());
    }

    /**
     * Cypher map of node {@code n} with the id and the fields asked for: a drawing of hundreds of nodes
     * should not look up each one's district when the page did not ask for it.
     */
    static String node(String n, String depth, String day, Collection<String> fields) {
        StringBuilder map = new StringBuilder("{id: %1$s.id");
        NODE_FIELDS.forEach((field, cypher) -> {
            if (!field.equals("id") && fields.contains(field)) {
                map.append(",\n ").append(field).append(": ").append(cypher);
            }
        });
        return map.append('}').toString().formatted(n, depth, Validity.on("vm", day));
    }

    /**
     * Cypher map of node {@code n} with every field, each read only when the map parameter {@code asked} (from
     * {@link #asked}) says so: one text whatever the selection (planned once, by the warm-up), and a field not
     * asked for costs no lookup when the query runs. A map with every field's name, not a list of those asked:
     * Neo4j plans again for a list parameter of another size.
     */
    static String switched(String n, String depth, String day, String asked) {
        StringBuilder map = new StringBuilder("{id: %1$s.id");
        NODE_FIELDS.forEach((field, cypher) -> {
            if (!field.equals("id")) {
                map.append(",\n ").append(field).append(": CASE WHEN ").append(asked).append('.').append(field)
                        .append(" THEN ").append(cypher).append(" END");
            }
        });
        return map.append('}').toString().formatted(n, depth, Validity.on("vm", day));
    }

    /** For {@link #switched}: every NetworkNode field's name, and whether it is asked for. */
    static Map<String, Boolean> asked(Collection<String> fields) {
        Map<String, Boolean> asked = new java.util.TreeMap<>();
        NODE_FIELDS.keySet().forEach(field -> asked.put(field, fields.contains(field)));
        return asked;
    }

    private static Map<String, String> nodeFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "%1$s.id");
        fields.put("type", """
                head([l IN labels(%1$s) WHERE l IN ['School', 'Body', 'Partnership', 'Person', 'Post', 'District',
                       'Authority', 'SchoolCluster', 'Plan', 'Agreement', 'Outcome', 'Membership']])""");
        fields.put("kind", "coalesce(%1$s.kind, %1$s.role)");
        fields.put("label", """
                CASE WHEN %1$s:Membership THEN head(COLLECT { MATCH (who:Person)-[:HOLDS]->(%1$s)-[:OF_POST]->(seat:Post)
                                                                      RETURN who.name + ' as ' + seat.name })
                             WHEN %1$s:Post THEN %1$s.name + ', ' + head(COLLECT { MATCH (%1$s)-[:SEAT_ON]->(o) RETURN o.name })
                             ELSE %1$s.name END""");
        fields.put("sector", "%1$s.sector");
        fields.put("voluntarySector", "coalesce(%1$s.sector = 'VOLUNTARY_AND_COMMUNITY', false)");
        fields.put("vacant", "%1$s:Post AND NOT EXISTS { MATCH (vm:Membership)-[:OF_POST]->(%1$s) WHERE %3$s }");
        fields.put("illustrative", "coalesce(%1$s.illustrative, false)");
        fields.put("depth", "%2$s");
        fields.put("district", """
                CASE WHEN %1$s:District THEN %1$s.id ELSE
                           head(COLLECT { MATCH (%1$s)-[:IN_DISTRICT|BASED_IN|COVERS|FOR_AREA]->(dd:District) RETURN dd.id }) END""");
        fields.put("validFrom", "%1$s.validFrom");
        fields.put("validTo", "%1$s.validTo");
        return fields;
    }

    /** Cypher for the edges of node {@code x} in force on the day, each with the neighbour {@code y}. */
    static String neighbours(String day) {
        return """
                MATCH (x)-[r]-(y:Entity) WHERE NOT y:Membership AND NOT x:Membership AND %1$s AND %2$s
                RETURN y, {id: elementId(r), source: startNode(r).id, target: endNode(r).id, type: type(r),
                           validFrom: r.validFrom, validTo: r.validTo} AS edge
                UNION
                MATCH (x:Person)-[:HOLDS]->(m:Membership)-[:OF_POST]->(y:Post) WHERE %3$s AND %2$s
                RETURN y, {id: m.id, source: x.id, target: y.id, type: 'HOLDS', validFrom: m.validFrom, validTo: m.validTo} AS edge
                UNION
                MATCH (y:Person)-[:HOLDS]->(m:Membership)-[:OF_POST]->(x:Post) WHERE %3$s
                RETURN y, {id: m.id, source: y.id, target: x.id, type: 'HOLDS', validFrom: m.validFrom, validTo: m.validTo} AS edge
                UNION
                MATCH (x:Person)-[:HOLDS]->(m:Membership)-[:ON_BEHALF_OF]->(y) WHERE %3$s AND %2$s
                RETURN y, {id: m.id + '/for', source: x.id, target: y.id, type: 'ACTS_FOR', validFrom: m.validFrom,
                           validTo: m.validTo} AS edge
                UNION
                MATCH (y:Person)-[:HOLDS]->(m:Membership)-[:ON_BEHALF_OF]->(x) WHERE %3$s
                RETURN y, {id: m.id + '/for', source: y.id, target: x.id, type: 'ACTS_FOR', validFrom: m.validFrom,
                           validTo: m.validTo} AS edge
                """.formatted(Validity.on("r", day), Validity.on("y", day), Validity.on("m", day));
    }

    /**
     * The GraphQL type {@code NetworkNode}. Only the fields the request asks for are read (see {@link #node}), so
     * the others are null here, booleans and numbers included.
     */
    record NetworkNode(String id, String type, String kind, String label, String sector, Boolean voluntarySector,
            Boolean vacant, Boolean illustrative, Long depth, String district, String validFrom, String validTo) {
    }

    /** The GraphQL type {@code NetworkEdge}; the Cypher gives it without its label, {@link #edges} adds it. */
    record NetworkEdge(String id, String source, String target, String type, String label, String validFrom,
            String validTo) {
    }

    /**
     * Cypher for the edges in force on the day from node {@code x} to the other nodes of list {@code nodes}
     * (already in force), each found once, from its start: about a third of {@link #neighbours}' cost when
     * both ends are known, since it neither finds each edge from both ends nor drops duplicates of maps.
     */
    static String edgesAmong(String day) {
        return """
                MATCH (x)-[r]->(y) WHERE NOT x:Membership AND y IN nodes AND %1$s
                RETURN {id: elementId(r), source: x.id, target: y.id, type: type(r), validFrom: r.validFrom,
                        validTo: r.validTo} AS edge
                UNION ALL
                MATCH (x:Person)-[:HOLDS]->(m:Membership)-[:OF_POST]->(y:Post) WHERE %2$s AND y IN nodes
                RETURN {id: m.id, source: x.id, target: y.id, type: 'HOLDS', validFrom: m.validFrom, validTo: m.validTo} AS edge
                UNION ALL
                MATCH (x:Person)-[:HOLDS]->(m:Membership)-[:ON_BEHALF_OF]->(y) WHERE %2$s AND y IN nodes
                RETURN {id: m.id + '/for', source: x.id, target: y.id, type: 'ACTS_FOR', validFrom: m.validFrom,
                        validTo: m.validTo} AS edge
                """.formatted(Validity.on("r", day), Validity.on("m", day));
    }

    /** Adds the plain-words label to each edge and drops duplicates and edges to nodes left out. */
    static List<NetworkEdge> edges(List<NetworkEdge> raw, java.util.Set<String> nodeIds) {
        Map<String, NetworkEdge> byId = new LinkedHashMap<>();
        for (NetworkEdge edge : raw) {
            if (nodeIds.contains(edge.source()) && nodeIds.contains(edge.target())) {
                byId.putIfAbsent(edge.id(), new NetworkEdge(edge.id(), edge.source(), edge.target(), edge.type(),
                        phrase(edge.type()), edge.validFrom(), edge.validTo()));
            }
        }
        return new ArrayList<>(byId.values());
    }

    static String phrase(String type) {
        return PHRASES.getOrDefault(type, type.toLowerCase().replace('_', ' '));
    }

    private static Map<String, String> phrases() {
        Map<String, String> phrases = new LinkedHashMap<>();
        for (RelationType type : RelationType.values()) {
            phrases.put(type.name(), type.phrase());
        }
        phrases.put("HOLDS", "holds");
        phrases.put("ACTS_FOR", "acts for");
        phrases.put("OF_POST", "is a holding of");
        phrases.put("ON_BEHALF_OF", "is on behalf of");
        phrases.put("SEAT_ON", "is a seat on");
        phrases.put("FOR_AREA", "is for");
        phrases.put("IN_DISTRICT", "is in");
        phrases.put("IN_CLUSTER", "is in");
        phrases.put("IN_AUTHORITY", "is in");
        return phrases;
    }
}
