package org.trustmap.representation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;
import org.trustmap.api.Projection;
import org.trustmap.api.Validity;
import org.trustmap.api.Today;

/**
 * "Who represents the VCS where?": every district and every LCP of an authority against every level,
 * in one query; the statuses and gaps are worked out from the seats it returns.
 */
@Controller
class CoverageController {

    /** The levels of an authority whose network is not held: each with no partnership, so each UNKNOWN. */
    private static final String NO_LEVELS = "[i IN range(0, 5) | {level: ['SUB_GROUP', 'LOCAL_CHILDRENS_PARTNERSHIP', "
            + "'STEERING_GROUP', 'BUSINESS_GROUP', 'SAFEGUARDING', 'TRUST_BOARD'][i], rank: i + 1, partnerships: []}]";

    private final GraphReads reads;
    private final Today today;

    CoverageController(GraphReads reads, Today today) {
        this.reads = reads;
        this.today = today;
    }

    @QueryMapping
    List<Map<String, Object>> representationCoverage(@Argument String authority, @Argument String sector,
            @Argument LocalDate asOf, DataFetchingEnvironment env) {
        if (asOf != null && asOf.isAfter(today.date())) {
            throw new InvalidArgumentException("asOf", asOf + " is in the future: trustmap knows who sits where up to today ("
                    + today.date() + "), not who will");
        }
        Projection p = new Projection();
        String day = p.parameter(asOf == null ? today.date() : asOf);
        String sectorParameter = p.parameter(sector);
        String cypher = """
                MATCH (a:Authority) WHERE (%1$s IS NULL AND a.dataset IS NOT NULL) OR a.id = %1$s
                CALL (a) {
                  MATCH (d:District)-[:IN_AUTHORITY]->(a)
                  RETURN d AS area, d AS district, 'DISTRICT' AS kind, 0 AS rank,
                         COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(d)
                                   WHERE %2$s AND %3$s RETURN l ORDER BY l.name } AS lcps
                  UNION
                  MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP', dataset: a.id})-[r:COVERS]->(d:District)
                  WHERE %2$s AND %3$s
                  RETURN l AS area, d AS district, 'PARTNERSHIP' AS kind, 1 AS rank, [l] AS lcps
                }
                WITH a, area, district, kind, rank, lcps ORDER BY a.name, district.name, rank, area.name
                %4$s
                RETURN {area: %5$s, name: area.name, kind: kind, district: %6$s,
                        seatsKnown: a.dataset IS NOT NULL AND coalesce(a.coverage, 'NETWORK') <> 'STRUCTURE',
                        levels: COLLECT { UNWIND coalesce(levels, %9$s) AS lv
                                          RETURN {level: lv.level, count: size(lv.partnerships),
                                                  names: [x IN lv.partnerships | x.name],
                                                  partnerships: %7$s} ORDER BY lv.rank },
                        seats: CASE WHEN levels IS NULL THEN [] ELSE %8$s END} AS row
                """.formatted(p.parameter(authority), Validity.on("r", day), Validity.on("l", day), Levels.cypher(day),
                project(p, env, "area", "Node", "area"), project(p, env, "district", "District", "district"),
                partnerships(p, env), new Seats(p, env, "levels/seats").collect("levels", day, sectorParameter), NO_LEVELS);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object row : reads.list(env, cypher, p.parameters())) {
            rows.add(assemble(castMap(row), sector));
        }
        return rows;
    }

    /** Groups an area's seats by level and says, per level, whether the area has a voice there. */
    private static Map<String, Object> assemble(Map<String, Object> raw, String sector) {
        List<Map<String, Object>> seats = castList(raw.get("seats"));
        List<Map<String, Object>> levels = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        boolean seatsKnown = Boolean.TRUE.equals(raw.get("seatsKnown"));
        for (Map<String, Object> level : castList(raw.get("levels"))) {
            String name = (String) level.get("level");
            List<Map<String, Object>> here = seats.stream().filter(s -> name.equals(s.get("level"))).toList();
            Map<String, Object> entry = LevelVoice.of(level, here, seatsKnown, (String) raw.get("name"), sector);
            if (entry.get("status").equals("NO_SEAT")) {
                gaps.add(name);
            }
            levels.add(entry);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("area", raw.get("area"));
        row.put("name", raw.get("name"));
        row.put("kind", raw.get("kind"));
        row.put("district", raw.get("district"));
        row.put("levels", levels);
        row.put("vacancies", (int) seats.stream().filter(s -> Boolean.TRUE.equals(s.get("vacant"))).count());
        row.put("gaps", gaps);
        return row;
    }

    /**
     * The coverage register: every English authority and what trustmap holds for it.
     */
    @QueryMapping
    List<Object> coverage(@Argument String level, DataFetchingEnvironment env) {
        Projection p = new Projection();
        String cypher = """
                MATCH (a:Authority)
                WITH a, CASE WHEN a.dataset IS NULL THEN 'NONE' ELSE coalesce(a.coverage, 'NETWORK') END AS level
                WHERE %1$s IS NULL OR level = %1$s
                RETURN %2$s ORDER BY a.name
                """.formatted(p.parameter(level), p.of("a", "AuthorityCoverage", env.getSelectionSet()));
        return reads.list(env, cypher, p.parameters());
    }

    private static String project(Projection p, DataFetchingEnvironment env, String variable, String type, String path) {
        DataFetchingFieldSelectionSet selection = Seats.selection(env, path);
        return selection == null ? "null" : p.of(variable, type, selection);
    }

    private static String partnerships(Projection p, DataFetchingEnvironment env) {
        DataFetchingFieldSelectionSet selection = Seats.selection(env, "levels/partnerships");
        return selection == null ? "[]"
                : "COLLECT { UNWIND lv.partnerships AS lp RETURN " + p.of("lp", "Partnership", selection) + " }";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
