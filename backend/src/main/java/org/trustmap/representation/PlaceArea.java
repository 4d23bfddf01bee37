package org.trustmap.representation;

import org.trustmap.api.Validity;

/**
 * The second part of "find your representative": from the place found, its district ({@code d}), its
 * authority ({@code a}) and the Local Children's Partnerships that cover it on the day ({@code lcps}).
 * A school, a town or a postcode in a district with several LCPs is placed by its cluster: the
 * postcode through the nearest school ({@code placing}).
 */
final class PlaceArea {

    private PlaceArea() {
    }

    static String cypher(String day) {
        return """
                OPTIONAL CALL (status, kind, node, district, location, schools) {
                  WITH * WHERE status = 'FOUND'
                  WITH kind, node, location, schools,
                       coalesce(district,
                         CASE WHEN node:District THEN node
                              WHEN node:School OR node:SchoolCluster THEN head(COLLECT { MATCH (node)-[:IN_DISTRICT]->(x:District) RETURN x })
                              WHEN node:Body THEN head(COLLECT { MATCH (node)-[:BASED_IN]->(x:District) RETURN x })
                              WHEN node:Partnership THEN head(COLLECT {
                                  MATCH (node)-[:SUB_GROUP_OF*0..1]->(:Partnership)-[:COVERS]->(x:District) RETURN x }) END) AS d
                  WITH kind, node, location, schools, d,
                       CASE WHEN node:Authority THEN node
                            WHEN d IS NOT NULL THEN head(COLLECT { MATCH (d)-[:IN_AUTHORITY]->(x:Authority) RETURN x })
                            ELSE head(COLLECT { MATCH (x:Authority {id: node.dataset}) RETURN x }) END AS a,
                       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(d)
                                 WHERE %1$s AND %2$s RETURN l ORDER BY l.name } AS covering
                  WITH kind, node, location, d, a, covering,
                       CASE WHEN node:School THEN [node]
                            WHEN kind = 'TOWN' THEN schools
                            WHEN kind = 'POSTCODE' AND size(covering) > 1 THEN COLLECT {
                                MATCH (s:School)-[:IN_DISTRICT]->(d) WHERE s.location IS NOT NULL
                                RETURN s ORDER BY point.distance(s.location, location) LIMIT 1 }
                            ELSE [] END AS placing
                  WITH kind, node, location, d, a, covering, placing,
                       COLLECT { UNWIND (CASE WHEN node:SchoolCluster THEN [] ELSE placing END) AS s
                                 MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE %3$s
                                 RETURN DISTINCT c ORDER BY c.name } + CASE WHEN node:SchoolCluster THEN [node] ELSE [] END
                         AS clusters
                  WITH kind, node, location, d, a, covering, placing, clusters,
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
                  RETURN d, a, lcps, size(covering) AS coveringCount, placing, clusters,
                         CASE WHEN size(placing) = 1 AND location IS NOT NULL
                              THEN toInteger(round(point.distance(head(placing).location, location))) END AS distance
                }
                WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
                     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance
                """.formatted(Validity.on("r", day), Validity.on("l", day), Validity.on("r", day));
    }
}
