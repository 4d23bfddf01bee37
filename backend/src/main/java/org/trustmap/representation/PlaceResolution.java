package org.trustmap.representation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.trustmap.api.Projection;
import org.trustmap.representation.PlaceQuery.Form;

/**
 * The first part of the "find your representative" query: what the typed place is. Each form of input
 * has its own part, all returning the same columns: status (FOUND, AMBIGUOUS, NOT_FOUND,
 * UNKNOWN_POSTCODE, RETIRED_POSTCODE), kind (a PlaceKind, or null where the node matched gives it), node
 * (what it matched), district, location (of a postcode), schools (of a town), candidates (when ambiguous)
 * and suggestions (when nothing matched) as nodes, detail (the facts the answer's sentences need: a town's
 * schools per district, a postcode's retirement) and askHeld (whether the answer must say which areas
 * trustmap holds postcodes for).
 * <p>
 * The kind, the candidates' descriptions and the held areas are worked out after the resolution, and only for
 * the forms that can need them.
 * <p>
 * Whether trustmap holds the network of the authority found is decided after, from the authority
 * ({@link PlaceArea}): a place is always placed first, wherever in England it is.
 */
final class PlaceResolution {

    /** How a candidate place is described: enough for a person to tell one from another. */
    static final String CANDIDATE = """
            {id: n.id, name: n.name, kind: %s,
             type: head([l IN labels(n) WHERE l IN ['School', 'District', 'Authority', 'Partnership', 'SchoolCluster', 'Body']]),
             subKind: n.kind,
             district: head(COLLECT { MATCH (n)-[:IN_DISTRICT|BASED_IN|COVERS]->(x:District) RETURN x.name }),
             authority: coalesce(head(COLLECT { MATCH (x:Authority {id: n.dataset}) RETURN x.name }),
                                 head(COLLECT { MATCH (n)-[:IN_AUTHORITY]->(x:Authority) RETURN x.name }))}
            """.formatted(kind("n"));

    /** A postcode's district id, whichever way the loader wrote it (E07000089 or district:E07000089). */
    private static String districtId(String code) {
        return "CASE WHEN %1$s STARTS WITH 'district:' THEN %1$s ELSE 'district:' + %1$s END".formatted(code);
    }

    /**
     * The names of the authorities trustmap holds postcodes for: the districts of the networks' own postcodes
     * and of the Code-Point Open release loaded, if any.
     */
    private static final String HELD = """
            head([codes IN [reduce(all = [], held IN
                              COLLECT { MATCH (ha:Authority) WHERE ha.postcodeDistricts IS NOT NULL RETURN ha.postcodeDistricts }
                              + COLLECT { MATCH (release:PostcodeRelease) RETURN coalesce(release.districts, []) }
                            | all + held)] |
              {areas: COLLECT { MATCH (hd:District)-[:IN_AUTHORITY]->(ha2:Authority)
                                WHERE hd.id IN codes OR hd.onsCode IN codes
                                RETURN DISTINCT ha2.name AS name ORDER BY name },
               release: head(COLLECT { MATCH (release:PostcodeRelease) RETURN release.release })}])
            """;

    private PlaceResolution() {
    }

    /** The parameters a place is asked by, as bound in a {@link Projection}: one of each whatever the form. */
    record Bound(String form, String text, String prefix, String onsIds, String urn, String fullText,
            String exactNames, String words, String key, String fuzzy) {
    }

    /**
     * Binds every form's parameters, whatever the form, always in the same order and with values of the same types:
     * the rest of the question, kept per selection, is then one text for every form, and its parameters' names are
     * the same for every place.
     */
    static Bound bind(PlaceQuery query, Projection p) {
        return new Bound(p.parameter(query.form().name()), p.parameter(query.text()), p.parameter(query.prefix()),
                p.parameter(List.of("district:" + query.text(), "authority:" + query.text())),
                p.parameter(query.form() == Form.URN ? Long.parseLong(query.text()) : -1L),
                p.parameter(query.fullText()), p.parameter(query.exactNames()), p.parameter(query.words()),
                p.parameter(query.key()), p.parameter(query.fuzzy()));
    }

    /**
     * The text for one form of place: its own resolution, then only what that form can leave to be worked out (a
     * node's kind, candidates to describe, the held areas), so each form is planned once, by the warm-up, as a
     * text no longer than its question (planning, the cost of a first question, grows with the text).
     */
    static String cypher(Form form, Bound b) {
        String text = b.text();
        String resolution = switch (form) {
            case POSTCODE -> postcode(text);
            case OUTWARD_CODE, POSTCODE_SECTOR -> outwardCode(b.prefix(), b.form());
            case NOT_A_POSTCODE -> NOT_A_POSTCODE;
            case ID -> single("(n:Entity {id: " + text + "})");
            case ONS_CODE -> onsCode(b.onsIds());
            case URN -> single("(n:School {urn: " + b.urn() + "})");
            case NAME -> byName(b.fullText(), b.exactNames(), b.words(), b.key(), b.fuzzy());
        };
        return resolution + described(form);
    }

    /** Whether a form of place can match a node of the graph, rather than a district through a postcode. */
    static boolean matchesNodes(Form form) {
        return switch (form) {
            case ID, ONS_CODE, URN, NAME -> true;
            case POSTCODE, OUTWARD_CODE, POSTCODE_SECTOR, NOT_A_POSTCODE -> false;
        };
    }

    /** Whether a form of place can answer with places to choose from (candidates or suggestions). */
    private static boolean offersChoices(Form form) {
        return switch (form) {
            case POSTCODE, OUTWARD_CODE, POSTCODE_SECTOR, NAME -> true;
            case ID, ONS_CODE, URN, NOT_A_POSTCODE -> false;
        };
    }

    /** Whether a form of place can ask which areas trustmap holds postcodes for (an unknown postcode). */
    private static boolean asksHeld(Form form) {
        return switch (form) {
            case POSTCODE, OUTWARD_CODE, POSTCODE_SECTOR -> true;
            case ID, ONS_CODE, URN, NAME, NOT_A_POSTCODE -> false;
        };
    }

    /** What a resolution leaves to be worked out once: the kind of a node, the candidates, the held areas. */
    private static String described(Form form) {
        String kind = matchesNodes(form) ? "coalesce(kind, " + kind("node") + ")" : "kind";
        String detail = asksHeld(form) ? "CASE WHEN askHeld THEN detail{.*, held: " + HELD.strip() + "} ELSE detail END"
                : "detail";
        if (!offersChoices(form)) {
            return "WITH status, %s AS kind, node, district, location, schools, detail, candidates, suggestions\n"
                    .formatted(kind);
        }
        return """
                WITH status, %1$s AS kind, node, district, location, schools,
                     [n IN candidates + suggestions | %2$s] AS described, size(candidates) AS candidateCount,
                     %3$s AS detail
                WITH status, kind, node, district, location, schools, detail,
                     described[..candidateCount] AS candidates, described[candidateCount..] AS suggestions
                """.formatted(kind, CANDIDATE.strip(), detail);
    }

    private static String postcode(String code) {
        return """
                CALL () {
                  OPTIONAL MATCH (pc:Postcode {code: %1$s})
                  OPTIONAL MATCH (d:District {id: %2$s})
                  RETURN CASE WHEN pc IS NULL OR d IS NULL THEN 'UNKNOWN_POSTCODE'
                              WHEN pc.retiredOn IS NOT NULL THEN 'RETIRED_POSTCODE' ELSE 'FOUND' END AS status,
                         'POSTCODE' AS kind, null AS node, CASE WHEN pc.retiredOn IS NULL THEN d END AS district,
                         pc.location AS location, [] AS schools,
                         CASE WHEN pc.retiredOn IS NOT NULL THEN [n IN [d] WHERE n IS NOT NULL] ELSE [] END AS candidates,
                         [] AS suggestions, {retiredOn: pc.retiredOn} AS detail, pc IS NULL AS askHeld
                }
                """.formatted(code, districtId("pc.district"));
    }

    private static String outwardCode(String prefix, String form) {
        return """
                CALL () {
                  CALL () {
                    OPTIONAL MATCH (pc:Postcode) WHERE pc.code STARTS WITH %1$s AND pc.retiredOn IS NULL
                    WITH %2$s AS did, count(pc) AS postcodes
                    OPTIONAL MATCH (x:District {id: did})
                    WITH x, postcodes ORDER BY postcodes DESC, x.name WHERE x IS NOT NULL
                    RETURN collect({d: x, postcodes: postcodes}) AS places
                  }
                  RETURN CASE size(places) WHEN 0 THEN 'UNKNOWN_POSTCODE' WHEN 1 THEN 'FOUND' ELSE 'AMBIGUOUS' END AS status,
                         %3$s AS kind, null AS node, CASE WHEN size(places) = 1 THEN places[0].d END AS district,
                         null AS location, [] AS schools,
                         CASE WHEN size(places) > 1 THEN [pl IN places | pl.d] ELSE [] END AS candidates,
                         [] AS suggestions, {postcodes: [pl IN places | {name: pl.d.name, postcodes: pl.postcodes}]} AS detail,
                         size(places) = 0 AS askHeld
                }
                """.formatted(prefix, districtId("pc.district"), form);
    }

    private static final String NOT_A_POSTCODE = """
            CALL () {
              RETURN 'UNKNOWN_POSTCODE' AS status, null AS kind, null AS node, null AS district, null AS location,
                     [] AS schools, [] AS candidates, [] AS suggestions, {} AS detail, false AS askHeld
            }
            """;

    private static String onsCode(String ids) {
        return """
                CALL () {
                  OPTIONAL CALL () {
                    UNWIND %1$s AS id
                    MATCH (n:Entity {id: id}) WHERE n:District OR n:Authority
                    RETURN n LIMIT 1
                  }
                  RETURN CASE WHEN n IS NULL THEN 'NOT_FOUND' ELSE 'FOUND' END AS status, null AS kind, n AS node,
                         null AS district, null AS location, [] AS schools, [] AS candidates, [] AS suggestions,
                         {} AS detail, false AS askHeld
                }
                """.formatted(ids);
    }

    private static String single(String pattern) {
        return """
                CALL () {
                  OPTIONAL MATCH %s
                  WHERE (n:District OR n:Authority OR n:Body OR n:Partnership OR n:SchoolCluster)
                  RETURN CASE WHEN n IS NULL THEN 'NOT_FOUND' ELSE 'FOUND' END AS status, null AS kind, n AS node,
                         null AS district, null AS location, [] AS schools, [] AS candidates, [] AS suggestions,
                         {} AS detail, false AS askHeld
                }
                """.formatted(pattern);
    }

    /**
     * By name, in this order: an English authority or district (any of England's, however the name is written:
     * a unitary is its district); an exact name of anything else (LCP may be written for Local Children's
     * Partnership); an exact school name; a postal town, placed in the district where most of its schools are
     * (England's schools, DfE), or offered as a choice when no district has three quarters of them; then names
     * holding every word typed. Several matches at the first level that has any make the answer ambiguous.
     */
    private static String byName(String fullText, String exactNames, String words, String key, String fuzzy) {
        return """
                CALL () {
                  CALL () {
                    CALL db.index.fulltext.queryNodes('entity_names', %1$s) YIELD node, score
                    WHERE node:District OR node:Authority OR node:Partnership OR node:Body OR node:SchoolCluster
                    RETURN node, score ORDER BY score DESC LIMIT 100
                  }
                  WITH collect(node) AS hits
                  WITH hits, COLLECT { MATCH (g:District {nameKey: %4$s}) RETURN g ORDER BY g.id } AS geoDistricts,
                       COLLECT { MATCH (g:Authority {nameKey: %4$s}) RETURN g ORDER BY g.id } AS geoAuthorities
                  WITH hits, geoDistricts + [x IN geoAuthorities WHERE NOT x.onsCode IN [y IN geoDistricts | y.onsCode]] AS geo
                  WITH geo, [n IN hits WHERE toLower(n.name) IN %2$s AND NOT n:School] AS exactPlaces,
                       [n IN hits WHERE toLower(n.name) IN %2$s AND n:School] AS exactSchools,
                       [n IN hits WHERE all(w IN %3$s WHERE toLower(n.name) CONTAINS w)] AS containing,
                       COLLECT { MATCH (t:PostalTown {key: %4$s})-[r:SCHOOLS_IN]->(td:District)
                                 OPTIONAL MATCH (td)-[:IN_AUTHORITY]->(ta:Authority)
                                 RETURN {d: td, schools: r.schools, authority: ta.name} ORDER BY r.schools DESC, td.name } AS nationalTown,
                       COLLECT { MATCH (s:School {townKey: %4$s}) RETURN s ORDER BY s.name } AS localSchools
                  WITH geo, exactPlaces, exactSchools, containing, localSchools,
                       CASE WHEN size(nationalTown) > 0 THEN nationalTown ELSE COLLECT {
                         UNWIND localSchools AS s MATCH (s)-[:IN_DISTRICT]->(x:District)
                         OPTIONAL MATCH (x)-[:IN_AUTHORITY]->(xa:Authority)
                         WITH x, xa, count(*) AS schools
                         RETURN {d: x, schools: schools, authority: xa.name} ORDER BY schools DESC, x.name } END AS townIn
                  WITH geo, exactPlaces, exactSchools, containing, localSchools, townIn,
                       reduce(total = 0, x IN townIn | total + x.schools) AS townTotal
                  WITH geo, exactPlaces, exactSchools, containing, localSchools, townIn, townTotal,
                       CASE WHEN size(townIn) > 0 AND townIn[0].schools >= 0.75 * townTotal THEN townIn[0].d END AS townDistrict
                  WITH townIn, townTotal, townDistrict,
                       CASE WHEN size(geo) > 0 THEN geo
                            WHEN size(exactPlaces) > 0 THEN exactPlaces
                            WHEN size(exactSchools) > 0 THEN exactSchools
                            WHEN size(townIn) > 0 THEN []
                            ELSE containing[0..10] END AS matches,
                       [s IN localSchools WHERE townDistrict IS NOT NULL AND EXISTS { (s)-[:IN_DISTRICT]->(townDistrict) }] AS townSchools
                  WITH townIn, townTotal, townDistrict, matches, townSchools,
                       CASE WHEN size(matches) = 0 AND townDistrict IS NOT NULL THEN 'TOWN' END AS town
                  RETURN CASE WHEN town IS NOT NULL OR size(matches) = 1 THEN 'FOUND'
                              WHEN size(matches) > 1 OR size(townIn) > 1 THEN 'AMBIGUOUS'
                              ELSE 'NOT_FOUND' END AS status,
                         town AS kind,
                         CASE WHEN size(matches) = 1 THEN head(matches) END AS node,
                         CASE WHEN town IS NOT NULL THEN townDistrict END AS district,
                         null AS location,
                         CASE WHEN town IS NOT NULL THEN townSchools ELSE [] END AS schools,
                         CASE WHEN size(matches) > 1 THEN matches
                              WHEN size(matches) = 0 AND town IS NULL AND size(townIn) > 1 THEN [x IN townIn | x.d]
                              ELSE [] END AS candidates,
                         CASE WHEN size(matches) > 0 OR size(townIn) > 0 THEN [] ELSE COLLECT {
                           CALL db.index.fulltext.queryNodes('entity_names', %5$s) YIELD node AS n, score
                           WHERE n:District OR n:Authority OR n:Partnership OR n:Body OR n:SchoolCluster
                           RETURN n ORDER BY score DESC LIMIT 5 } END AS suggestions,
                         {townSchools: townTotal,
                          townIn: [x IN townIn | {name: x.d.name, schools: x.schools, authority: x.authority}]} AS detail,
                         false AS askHeld
                }
                """.formatted(fullText, exactNames, words, key, fuzzy);
    }

    /** The PlaceKind of a node. */
    private static String kind(String n) {
        return ("CASE WHEN %1$s:School THEN 'SCHOOL' WHEN %1$s:Body THEN 'ORGANISATION' WHEN %1$s:District THEN 'DISTRICT' "
                + "WHEN %1$s:Authority THEN 'AUTHORITY' WHEN %1$s:Partnership THEN 'PARTNERSHIP' "
                + "WHEN %1$s:SchoolCluster THEN 'SCHOOL_CLUSTER' END").formatted(n);
    }
}
