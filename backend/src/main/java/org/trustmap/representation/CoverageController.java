package org.trustmap.representation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** The GraphQL type {@code AreaRepresentation}; its area and district are the Projection's answers. */
    record AreaRepresentation(Object area, String name, String kind, Object district, List<LevelRepresentation> levels,
            int vacancies, List<String> gaps) {
    }

    /** One area's row as the Cypher reads it: its levels and seats not yet said in words. */
    record Found(Object area, String name, String kind, Object district, boolean seatsKnown,
            List<LevelRepresentation.Found> levels, List<RepresentativeSeat> seats) {
    }

    @QueryMapping
    List<AreaRepresentation> representationCoverage(@Argument String authority, @Argument String sector,
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
                partnerships(p, env), new Seats(p, env, "levels/seats", false).collect("levels", day, sectorParameter), NO_LEVELS);
        return reads.list(env, cypher, p.parameters(), Found.class).stream().map(row -> assemble(row, sector)).toList();
    }

    /** Groups an area's seats by level and says, per level, whether the area has a voice there. */
    private static AreaRepresentation assemble(Found raw, String sector) {
        List<LevelRepresentation> levels = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (LevelRepresentation.Found level : raw.levels()) {
            List<RepresentativeSeat> here = raw.seats().stream().filter(s -> level.level().equals(s.level())).toList();
            LevelRepresentation entry = LevelVoice.of(level, here, raw.seatsKnown(), raw.name(), sector);
            if (entry.status().equals("NO_SEAT")) {
                gaps.add(level.level());
            }
            levels.add(entry);
        }
        return new AreaRepresentation(raw.area(), raw.name(), raw.kind(), raw.district(), levels,
                (int) raw.seats().stream().filter(RepresentativeSeat::vacant).count(), gaps);
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
}
