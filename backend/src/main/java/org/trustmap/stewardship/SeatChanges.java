package org.trustmap.stewardship;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The changes to an area's seats between two days, as one Cypher query: the graph gives appointments,
 * ends and vacancies (whenever and however they came in), the audit trail when trustmap recorded them and
 * the verifications. The GraphQL field {@code changes} and the Atom feed run it with their own projection
 * of each change ({@code kind}, {@code ref} (what it is about: the holding, or the verification's audit
 * event), {@code on}, {@code dateAsRecorded}, {@code recordedAt}, {@code post},
 * {@code membership} are bound), so the two always list the same changes.
 */
final class SeatChanges {

    /** The longest period one question may span. */
    static final int MAX_YEARS = 10;

    private static final String QUERY = """
            MATCH (area:Entity {id: $area}) WHERE area:Authority OR area:District OR area:Partnership
            OPTIONAL CALL (area) {
              MATCH (p:Post:Entity {dataset: area.id}) WHERE area:Authority RETURN p
              UNION
              MATCH (p:Post)-[:FOR_AREA]->(area) WHERE area:District RETURN p
              UNION
              MATCH (p:Post)-[:SEAT_ON]->(:Partnership)-[:COVERS]->(area) WHERE area:District RETURN p
              UNION
              MATCH (p:Post)-[:SEAT_ON]->(:Partnership)-[:PART_OF*0..6]->(area) WHERE area:Partnership RETURN p
            }
            OPTIONAL CALL (p) {
              MATCH (p)<-[:OF_POST]-(m:Membership) WHERE $from <= m.validFromDate <= $to
              RETURN 'APPOINTED' AS kind, m, m.id AS ref, m.validFromDate AS on, m.validFrom AS dateAsRecorded,
                     head(COLLECT { MATCH (e:AuditEvent {entity: m.id}) WHERE e.action = 'appointMember'
                                    RETURN e.at ORDER BY e.at }) AS recordedAt
              UNION ALL
              MATCH (p)<-[:OF_POST]-(m:Membership) WHERE $from <= m.validToDate <= $to
              RETURN 'ENDED' AS kind, m, m.id AS ref, m.validToDate AS on, m.validTo AS dateAsRecorded,
                     head(COLLECT { MATCH (e:AuditEvent {entity: m.id}) WHERE e.action = 'endMembership'
                                    RETURN e.at ORDER BY e.at DESC }) AS recordedAt
              UNION ALL
              MATCH (p)<-[:OF_POST]-(m:Membership) WHERE $from <= m.validToDate <= $to
                AND coalesce(p.validToDate, date('9999-12-31')) > m.validToDate
                AND NOT EXISTS { MATCH (p)<-[:OF_POST]-(n:Membership) WHERE n <> m
                                 AND %1$s }
              RETURN 'VACANT' AS kind, m, m.id AS ref, m.validToDate AS on, m.validTo AS dateAsRecorded,
                     head(COLLECT { MATCH (e:AuditEvent {entity: m.id}) WHERE e.action = 'endMembership'
                                    RETURN e.at ORDER BY e.at DESC }) AS recordedAt
              UNION ALL
              MATCH (p)<-[:OF_POST]-(m:Membership)
              MATCH (e:AuditEvent {entity: m.id}) WHERE e.action = 'verifySeat'
                AND $from <= date(e.at) <= $to
              RETURN 'VERIFIED' AS kind, m, e.id AS ref, date(e.at) AS on, toString(date(e.at)) AS dateAsRecorded, e.at AS recordedAt
              UNION ALL
              MATCH (p)<-[:OF_POST]-(m:Membership) WHERE m.lastVerified IS NOT NULL
              WITH m, %2$s AS day
              WHERE $from <= day <= $to
                AND NOT EXISTS { MATCH (e:AuditEvent {entity: m.id}) WHERE e.action = 'verifySeat' AND date(e.at) = day }
              RETURN 'VERIFIED' AS kind, m, m.id AS ref, day AS on, m.lastVerified AS dateAsRecorded, null AS recordedAt
            }
            WITH area, kind, ref, on, dateAsRecorded, recordedAt, p, m
            ORDER BY on DESC, recordedAt DESC, kind, ref
            WITH area, collect(CASE WHEN kind IS NOT NULL THEN {kind: kind, ref: ref, on: on, dateAsRecorded: dateAsRecorded,
                                recordedAt: recordedAt, post: p, membership: m} END) AS listed
            CALL (listed) {
              UNWIND listed[$offset..$offset + $first] AS change
              WITH change, change.kind AS kind, change.on AS on, change.dateAsRecorded AS dateAsRecorded,
                   change.recordedAt AS recordedAt, change.post AS post, change.membership AS membership
              RETURN collect(%%s) AS items
            }
            RETURN area.id AS area, coalesce(area.name, area.id) AS areaName, size(listed) AS total, items
            """.formatted(Cypher.activeOn("n", "m.validToDate + duration('P1D')"), Cypher.day("m.lastVerified", false));

    private SeatChanges() {
    }

    /** The query with each change projected by {@code change} (a Cypher map over the bound variables). */
    static String query(String change) {
        return QUERY.formatted(change);
    }

    static Map<String, Object> parameters(String area, LocalDate from, LocalDate to, int offset, int first) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("area", area);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("offset", offset);
        parameters.put("first", first);
        return parameters;
    }
}
