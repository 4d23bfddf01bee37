package org.trustmap.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The rules over time, as one Cypher query over the graph: import runs it on what it has just written
 * (inside its transaction, before committing), every change runs it on the records it touched, and the
 * data-problems report runs it on a whole authority. So the three cannot disagree, and a rule broken by a
 * file and by the matching change gives the same message.
 * <p>
 * Dates: a partial date is the whole period it names ({@link org.trustmap.network.PartialDate}), so a
 * membership ending "2021-05" (31 May) and one starting "2021-06" do not overlap. A membership without an
 * end is held until further notice: it conflicts with a seat or body that has ended. A seat or relation
 * without a date takes it from its ends: only the dates it does give are checked.
 */
public final class TimeRules {

    /** The rule of the one row that says the authority exists (so that one query answers both). */
    static final String AUTHORITY_FOUND = "AUTHORITY";

    /**
     * Parameters: {@code $dataset} (the authority) and {@code $ids} (the records changed, or null for all).
     * Every caller runs this very text, so Neo4j plans it once.
     */
    public static final String QUERY = """
            CALL () {
              MATCH (a:Authority {id: $dataset})
              RETURN '%4$s' AS rule, a.id AS record, null AS relation, null AS target, null AS field, [] AS conflicting,
                     '' AS message
              UNION ALL
              MATCH (p:Post:Entity {dataset: $dataset})
              WHERE $ids IS NULL OR p.id IN $ids OR EXISTS { MATCH (p)<-[:OF_POST]-(x:Membership) WHERE x.id IN $ids }
              MATCH (p)<-[:OF_POST]-(s:Membership)
              WITH DISTINCT p, LO(s) AS day
              MATCH (p)<-[:OF_POST]-(h:Membership) WHERE LO(h) <= day <= HI(h)
              OPTIONAL MATCH (who:Person)-[:HOLDS]->(h)
              WITH p, day, h, who ORDER BY LO(h) DESC, h.id DESC
              WITH p, day, collect({id: h.id, who: coalesce(who.id, 'nobody'), period: PERIOD(h)}) AS held
              WHERE size(held) > coalesce(p.maxHolders, 1)
              WITH p, held, [x IN held WHERE $ids IS NULL OR x.id IN $ids OR p.id IN $ids] AS mine
              WHERE size(mine) > 0
              WITH DISTINCT p, mine[0] AS blamed, [x IN held WHERE x.id <> mine[0].id] AS others
              RETURN 'SEAT_HOLDERS' AS rule, blamed.id AS record, null AS relation, null AS target, 'validFrom' AS field,
                     [x IN others | x.id] AS conflicting,
                     CASE WHEN coalesce(p.maxHolders, 1) = 1 THEN p.id + ' already held by ' + others[0].who + ' '
                          + others[0].period + ' (' + others[0].id + ')'
                     ELSE p.id + ' already has its ' + toString(p.maxHolders) + ' holders then: '
                          + reduce(t = '', x IN others | t + CASE WHEN t = '' THEN '' ELSE '; ' END + x.who + ' ' + x.period)
                     END AS message
              UNION ALL
              MATCH (who:Person)-[:HOLDS]->(m:Membership:Entity {dataset: $dataset})-[:OF_POST]->(p:Post)
              WHERE coalesce(p.maxHolders, 1) > 1 AND ($ids IS NULL OR m.id IN $ids)
              MATCH (who)-[:HOLDS]->(o:Membership)-[:OF_POST]->(p)
              WHERE o <> m AND LO(o) <= HI(m) AND LO(m) <= HI(o)
                AND (LO(o) < LO(m) OR (LO(o) = LO(m) AND o.id < m.id) OR ($ids IS NOT NULL AND NOT o.id IN $ids))
              RETURN 'SEAT_HOLDERS' AS rule, m.id AS record, null AS relation, null AS target, 'validFrom' AS field,
                     [o.id] AS conflicting, who.id + ' already holds ' + p.id + ' ' + PERIOD(o) + ' (' + o.id + ')' AS message
              UNION ALL
              MATCH (m:Membership:Entity {dataset: $dataset})-[:OF_POST]->(p:Post)-[:SEAT_ON]->(c)
              WHERE $ids IS NULL OR m.id IN $ids OR p.id IN $ids OR c.id IN $ids
              WITH m, [x IN [p, c] WHERE %1$s IS NOT NULL | [x.id] + %1$s] AS found
              WHERE size(found) > 0
              RETURN 'MEMBERSHIP_WITHIN_SEAT' AS rule, m.id AS record, null AS relation, null AS target,
                     found[0][1] AS field, [found[0][0]] AS conflicting, found[0][2] AS message
              UNION ALL
              MATCH (m:Membership:Entity {dataset: $dataset})-[:ON_BEHALF_OF]->(x)
              WHERE $ids IS NULL OR m.id IN $ids OR x.id IN $ids
              WITH m, x, %1$s AS found
              WHERE found IS NOT NULL
              RETURN 'MEMBERSHIP_WITHIN_BODY' AS rule, m.id AS record, null AS relation, null AS target,
                     found[0] AS field, [x.id] AS conflicting, found[1] AS message
              UNION ALL
              MATCH (p:Post:Entity {dataset: $dataset})-[:SEAT_ON]->(x)
              WHERE $ids IS NULL OR p.id IN $ids OR x.id IN $ids
              WITH p, x, %2$s AS found
              WHERE found IS NOT NULL
              RETURN 'SEAT_WITHIN_PARTNERSHIP' AS rule, p.id AS record, null AS relation, null AS target,
                     found[0] AS field, [x.id] AS conflicting, found[1] AS message
              UNION ALL
              MATCH (a:Entity {dataset: $dataset})-[r:IN_CLUSTER|DUTY_TO_COOPERATE|COVERS]->(b)
              WHERE $ids IS NULL OR a.id IN $ids OR b.id IN $ids
              WITH a, r, b, [x IN [a, b] WHERE %3$s IS NOT NULL | [x.id] + %3$s] AS found
              WHERE size(found) > 0
              RETURN 'RELATION_WITHIN_ENDS' AS rule, a.id AS record, type(r) AS relation, b.id AS target,
                     found[0][1] AS field, [found[0][0]] AS conflicting, found[0][2] AS message
              UNION ALL
              MATCH (a:Entity {dataset: $dataset})-[:SUCCEEDED_BY]->(b)
              WHERE ($ids IS NULL OR a.id IN $ids OR b.id IN $ids) AND b.validFromDate IS NOT NULL
                AND HI(a) >= b.validFromDate
              RETURN 'SUCCESSOR_TAKES_OVER' AS rule, a.id AS record, null AS relation, null AS target, 'validTo' AS field,
                     [b.id] AS conflicting,
                     CASE WHEN a.validTo IS NULL THEN 'is open-ended, but its successor ' + b.id + ' takes over from '
                          + b.validFrom
                     ELSE 'ends (' + a.validTo + ') after its successor ' + b.id + ' takes over (from ' + b.validFrom + ')'
                     END AS message
            }
            RETURN rule, record, relation, target, field, conflicting, message
            ORDER BY rule, record, relation, target, message
            """.formatted(within("m", "LO(m)", "HI(m)", "x"),
            within("p", "coalesce(p.validFromDate, LO(x))", "coalesce(p.validToDate, HI(x))", "x"),
            within("r", "coalesce(r.validFromDate, LO(x))", "coalesce(r.validToDate, HI(x))", "x"), AUTHORITY_FOUND)
            .replaceAll("LO\\((\\w+)\\)", "coalesce($1.validFromDate, date('0001-01-01'))")
            .replaceAll("HI\\((\\w+)\\)", "coalesce($1.validToDate, date('9999-12-31'))")
            .replaceAll("PERIOD\\((\\w+)\\)", "('from ' + coalesce($1.validFrom, 'an unknown start') + CASE WHEN $1.validTo"
                    + " IS NULL THEN ' on' ELSE ' to ' + $1.validTo END)");

    private TimeRules() {
    }

    /**
     * Every rule the authority's data breaks.
     *
     * @param ids only problems involving these records (a change), or null for all (import, report)
     */
    public static List<Violation> check(TransactionContext tx, String dataset, Collection<String> ids) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("dataset", dataset);
        parameters.put("ids", ids == null ? null : List.copyOf(ids));
        return tx.run(QUERY, parameters).list().stream()
                .filter(row -> !AUTHORITY_FOUND.equals(row.get("rule").asString())).map(TimeRules::violation).toList();
    }

    /** A row of {@link #QUERY}. */
    public static Violation violation(Record row) {
        return new Violation(Rule.valueOf(row.get("rule").asString()), row.get("record").asString(),
                text(row.get("relation")), text(row.get("target")), text(row.get("field")),
                row.get("conflicting").asList(Value::asString), row.get("message").asString());
    }

    /** A row of {@link #QUERY} as plain values. */
    public static Violation violation(Map<String, Object> row) {
        List<String> conflicting = new ArrayList<>();
        ((List<?>) row.get("conflicting")).forEach(id -> conflicting.add(String.valueOf(id)));
        return new Violation(Rule.valueOf((String) row.get("rule")), (String) row.get("record"),
                (String) row.get("relation"), (String) row.get("target"), (String) row.get("field"), conflicting,
                (String) row.get("message"));
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    /**
     * [field, message] when the period [lo, hi] of {@code inner} does not lie within the life of node
     * {@code c}, else null.
     */
    private static String within(String inner, String lo, String hi, String c) {
        return """
                (CASE WHEN %2$s < %5$s THEN ['validFrom', 'starts (' + %1$s.validFrom + ') before ' + %4$s.id + ' exists (from ' + %4$s.validFrom + ')']
                      WHEN %2$s > %6$s THEN ['validFrom', 'starts (' + %1$s.validFrom + ') after ' + %4$s.id + ' ends (' + %4$s.validTo + ')']
                      WHEN %3$s > %6$s THEN ['validTo', CASE WHEN %1$s.validTo IS NULL THEN 'is open-ended, but ' + %4$s.id
                           + ' ends (' + %4$s.validTo + ')' ELSE 'ends (' + %1$s.validTo + ') after ' + %4$s.id + ' ends (' + %4$s.validTo + ')' END]
                      WHEN %3$s < %5$s THEN ['validTo', 'ends (' + %1$s.validTo + ') before ' + %4$s.id + ' exists (from ' + %4$s.validFrom + ')']
                 END)""".formatted(inner, lo, hi, c, "LO(" + c + ")", "HI(" + c + ")");
    }
}
