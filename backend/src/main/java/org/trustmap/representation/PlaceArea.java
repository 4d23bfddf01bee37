package org.trustmap.representation;

import org.trustmap.api.Validity;

/**
 * The second part of "find your representative": from the place found, its district ({@code d}), its
 * authority ({@code a}) and the Local Children's Partnerships that cover it on the day ({@code lcps}).
 * A school, a town or a postcode in a district with several LCPs is placed by its cluster: the
 * postcode through the nearest school ({@code placing}, {@code distance} from it). A place typed as a postcode
 * finds a district, never a node, so its text leaves out what only a node needs.
 */
final class PlaceArea {

    private PlaceArea() {
    }

    /** For a form of place that can match a node, which may be any kind of place; else for a district found. */
    static String cypher(String day, boolean ofNode) {
        return ofNode ? ofNode(day) : ofDistrict(day);
    }

    private static String ofNode(String day) {
        return """
                OPTIONAL CALL (status, kind, node, district, schools) {
                  WITH * WHERE status = 'FOUND'
                  WITH kind, node, schools,
                       coalesce(district,
                         CASE WHEN node:District THEN node
                              WHEN node:School OR node:SchoolCluster THEN head(COLLECT { MATCH (node)-[:IN_DISTRICT]->(x:District) RETURN x })
                              WHEN node:Body THEN head(COLLECT { MATCH (node)-[:BASED_IN]->(x:District) RETURN x })
                              WHEN node:Partnership THEN head(COLLECT {
                                  MATCH (node)-[:SUB_GROUP_OF*0..1]->(:Partnership)-[:COVERS]->(x:District) RETURN x }) END) AS d
                  WITH kind, node, schools, d,
                       CASE WHEN node:Authority THEN node
                            WHEN d IS NOT NULL THEN head(COLLECT { MATCH (d)-[:IN_AUTHORITY]->(x:Authority) RETURN x })
                            ELSE head(COLLECT { MATCH (x:Authority {id: node.dataset}) RETURN x }) END AS a,
                       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(d)
                                 WHERE %1$s AND %2$s RETURN l ORDER BY l.name } AS covering
                  WITH kind, node, d, a, covering,
                       CASE WHEN node:School THEN [node]
                            WHEN kind = 'TOWN' THEN schools
                            ELSE [] END AS placing
                  WITH kind, node, d, a, covering, placing,
                       COLLECT { UNWIND (CASE WHEN node:SchoolCluster THEN [] ELSE placing END) AS s
                                 MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE %3$s
                                 RETURN DISTINCT c ORDER BY c.name } + CASE WHEN node:SchoolCluster THEN [node] ELSE [] END
                         AS clusters
                  WITH kind, node, d, a, covering, placing, clusters,
                       CASE WHEN node:Partnership AND node.kind = 'LOCAL_CHILDRENS_PARTNERSHIP' THEN [node]
                            WHEN node:Partnership AND node.kind = 'SUB_GROUP' THEN COLLECT {
                                MATCH (node)-[:SUB_GROUP_OF]->(l:Partnership) RETURN l }
                            WHEN node:Partnership AND node.kind = 'STEERING_GROUP' THEN COLLECT {
                                MATCH (node)-[r:COORDINATES]->(l:Partnership) WHERE %1$s RETURN l ORDER BY l.name }
                            WHEN node:Partnership OR node:Authority THEN []
                            WHEN size(clusters) > 0 THEN COLLECT {
                                UNWIND clusters AS c
                                MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
                                WHERE %1$s AND %2$s RETURN DISTINCT l ORDER BY l.name }
                            ELSE covering END AS lcps
                  RETURN d, a, lcps, size(covering) AS coveringCount, placing, clusters, null AS distance
                }
                """.formatted(Validity.on("r", day), Validity.on("l", day), Validity.on("r", day)) + COLUMNS;
    }

    /** A district found through a postcode, an outward code or a sector: a postcode is placed by its nearest school. */
    private static String ofDistrict(String day) {
        return """
                OPTIONAL CALL (status, kind, district, location) {
                  WITH * WHERE status = 'FOUND'
                  WITH kind, location, district AS d,
                       head(COLLECT { MATCH (district)-[:IN_AUTHORITY]->(x:Authority) RETURN x }) AS a,
                       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(district)
                                 WHERE %1$s AND %2$s RETURN l ORDER BY l.name } AS covering
                  WITH location, d, a, covering,
                       CASE WHEN kind = 'POSTCODE' AND size(covering) > 1 THEN COLLECT {
                           MATCH (s:School)-[:IN_DISTRICT]->(d) WHERE s.location IS NOT NULL
                           RETURN s ORDER BY point.distance(s.location, location) LIMIT 1 } ELSE [] END AS placing
                  WITH location, d, a, covering, placing,
                       COLLECT { UNWIND placing AS s MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE %1$s
                                 RETURN DISTINCT c ORDER BY c.name } AS clusters
                  RETURN d, a, size(covering) AS coveringCount, placing, clusters,
                         CASE WHEN size(clusters) = 0 THEN covering ELSE COLLECT {
                           UNWIND clusters AS c
                           MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
                           WHERE %1$s AND %2$s RETURN DISTINCT l ORDER BY l.name } END AS lcps,
                         CASE WHEN size(placing) = 1 AND location IS NOT NULL
                              THEN toInteger(round(point.distance(head(placing).location, location))) END AS distance
                }
                """.formatted(Validity.on("r", day), Validity.on("l", day)) + COLUMNS;
    }

    private static final String COLUMNS = """
            WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
                 coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance
            """;
}
