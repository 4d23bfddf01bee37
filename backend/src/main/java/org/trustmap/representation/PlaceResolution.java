package org.trustmap.representation;

import org.trustmap.api.Projection;

/**
 * The first part of the "find your representative" query: what the typed place is. Each form of input
 * has its own Cypher, all returning the same columns: status (FOUND, AMBIGUOUS, NOT_FOUND), kind (a
 * PlaceKind), node (what it matched), district, location (of a postcode), schools (of a town),
 * candidates (when ambiguous) and suggestions (when nothing matched).
 */
final class PlaceResolution {

    /** How a candidate place is described: enough for a person to tell one from another. */
    static final String CANDIDATE = """
            {id: n.id, name: n.name, kind: %s,
             type: head([l IN labels(n) WHERE l IN ['School', 'District', 'Authority', 'Partnership', 'SchoolCluster', 'Body']]),
             subKind: n.kind,
             district: head(COLLECT { MATCH (n)-[:IN_DISTRICT|BASED_IN|COVERS]->(x:District) RETURN x.name }),
             authority: head(COLLECT { MATCH (x:Authority {id: n.dataset}) RETURN x.name })}
            """.formatted(kind("n"));

    private PlaceResolution() {
    }

    static String cypher(PlaceQuery query, Projection p) {
        return switch (query.form()) {
            case POSTCODE -> """
                    CALL () {
                      OPTIONAL MATCH (pc:Postcode {code: %1$s})
                      OPTIONAL MATCH (d:District {id: pc.district})
                      RETURN CASE WHEN d IS NULL THEN 'NOT_FOUND' ELSE 'FOUND' END AS status, 'POSTCODE' AS kind,
                             null AS node, d AS district, pc.location AS location, [] AS schools, [] AS candidates,
                             CASE WHEN d IS NOT NULL THEN [] ELSE COLLECT {
                               MATCH (other:Postcode) WHERE other.code STARTS WITH %2$s
                               MATCH (n:District {id: other.district})
                               RETURN DISTINCT %3$s LIMIT 5 } END AS suggestions
                    }
                    """.formatted(p.parameter(query.text()), p.parameter(query.outwardCode() + " "), CANDIDATE);
            case ID -> single("(n:Entity {id: " + p.parameter(query.text()) + "})", "true");
            case ONS_CODE -> single("(n:Entity)", "n.id IN " + p.parameter(
                    java.util.List.of("district:" + query.text(), "authority:" + query.text())));
            case URN -> single("(n:School {urn: " + p.parameter(Long.parseLong(query.text())) + "})", "true");
            case NAME -> byName(query, p);
        };
    }

    private static String single(String pattern, String condition) {
        return """
                CALL () {
                  OPTIONAL MATCH %s
                  WHERE (%s) AND (n:District OR n:Authority OR n:Body OR n:Partnership OR n:SchoolCluster)
                  RETURN CASE WHEN n IS NULL THEN 'NOT_FOUND' ELSE 'FOUND' END AS status, %s AS kind, n AS node,
                         null AS district, null AS location, [] AS schools, [] AS candidates, [] AS suggestions
                }
                """.formatted(pattern, condition, kind("n"));
    }

    /**
     * By name: an exact name first (LCP may be written for Local Children's Partnership), then a town
     * (through its schools' addresses), then an exact school name, then names holding every word typed.
     * Several matches at the first level that has any make the answer ambiguous.
     */
    private static String byName(PlaceQuery query, Projection p) {
        return """
                CALL () {
                  CALL () {
                    CALL db.index.fulltext.queryNodes('entity_names', %1$s) YIELD node, score
                    WHERE node:District OR node:Authority OR node:Partnership OR node:Body OR node:SchoolCluster
                    RETURN node, score ORDER BY score DESC LIMIT 100
                  }
                  WITH collect(node) AS hits
                  WITH [n IN hits WHERE toLower(n.name) IN %2$s AND NOT n:School] AS exactPlaces,
                       [n IN hits WHERE toLower(n.name) IN %2$s AND n:School] AS exactSchools,
                       [n IN hits WHERE all(w IN %3$s WHERE toLower(n.name) CONTAINS w)] AS containing,
                       COLLECT { MATCH (s:School {townKey: %4$s}) RETURN s ORDER BY s.name } AS townSchools
                  WITH townSchools, COLLECT { UNWIND townSchools AS s MATCH (s)-[:IN_DISTRICT]->(d:District)
                                              RETURN DISTINCT d ORDER BY d.name } AS townDistricts,
                       CASE WHEN size(exactPlaces) > 0 THEN exactPlaces
                            WHEN size(townSchools) > 0 THEN []
                            WHEN size(exactSchools) > 0 THEN exactSchools
                            ELSE containing[0..10] END AS matches
                  WITH townSchools, townDistricts, matches,
                       CASE WHEN size(matches) = 0 AND size(townDistricts) = 1 THEN 'TOWN' END AS town
                  RETURN CASE WHEN town IS NOT NULL OR size(matches) = 1 THEN 'FOUND'
                              WHEN size(matches) > 1 OR size(townDistricts) > 1 THEN 'AMBIGUOUS'
                              ELSE 'NOT_FOUND' END AS status,
                         coalesce(town, CASE WHEN size(matches) = 1 THEN %5$s END) AS kind,
                         CASE WHEN size(matches) = 1 THEN head(matches) END AS node,
                         CASE WHEN town IS NOT NULL THEN head(townDistricts) END AS district,
                         null AS location,
                         CASE WHEN town IS NOT NULL THEN townSchools ELSE [] END AS schools,
                         CASE WHEN size(matches) > 1 THEN [n IN matches | %6$s]
                              WHEN size(matches) = 0 AND size(townDistricts) > 1 THEN [n IN townDistricts | %6$s]
                              ELSE [] END AS candidates,
                         CASE WHEN size(matches) > 0 OR size(townDistricts) > 0 THEN [] ELSE COLLECT {
                           CALL db.index.fulltext.queryNodes('entity_names', %7$s) YIELD node AS n, score
                           WHERE n:District OR n:Authority OR n:Partnership OR n:Body OR n:SchoolCluster
                           RETURN %6$s ORDER BY score DESC LIMIT 5 } END AS suggestions
                }
                """.formatted(p.parameter(query.fullText()), p.parameter(query.exactNames()),
                p.parameter(query.words()), p.parameter(query.lower()), kind("head(matches)"), CANDIDATE,
                p.parameter(query.fuzzy()));
    }

    /** The PlaceKind of a node. */
    private static String kind(String n) {
        return ("CASE WHEN %1$s:School THEN 'SCHOOL' WHEN %1$s:Body THEN 'ORGANISATION' WHEN %1$s:District THEN 'DISTRICT' "
                + "WHEN %1$s:Authority THEN 'AUTHORITY' WHEN %1$s:Partnership THEN 'PARTNERSHIP' "
                + "WHEN %1$s:SchoolCluster THEN 'SCHOOL_CLUSTER' END").formatted(n);
    }
}
