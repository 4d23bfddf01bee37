package org.trustmap.stewardship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;
import org.trustmap.api.NotFoundException;
import org.trustmap.api.Projection;
import org.trustmap.api.Today;
import org.trustmap.rules.TimeRules;
import org.trustmap.security.OtherAuthorityException;
import org.trustmap.security.Permissions;

/**
 * {@code needsChecking}: every reason an authority's records need an editor's eye, in one query. The data
 * problems come from the very query the rules over time run everywhere else ({@link TimeRules#QUERY}), so
 * the queue and the data-problems report cannot disagree.
 */
@Controller
class NeedsCheckingController {

    enum CheckReason { NOT_VERIFIED, LONG_VACANT, TERM_ENDING, ILLUSTRATIVE, DATA_PROBLEM, CORRECTION, HOLDER_SAYS_NOT_HELD }

    private static final String AUTHORITY = "AUTHORITY";

    private static final String REASONS = """
            CALL () {
              MATCH (a:Authority {id: $dataset})
              RETURN '%1$s' AS reason, a.id AS record, null AS post, null AS membership, null AS correction,
                     null AS since, '' AS message
              UNION ALL
              MATCH (p:Post:Entity {dataset: $dataset})<-[:OF_POST]-(m:Membership)
              WHERE %2$s AND %3$s
              WITH p, m, CASE WHEN m.lastVerified IS NULL THEN null ELSE %4$s END AS verified
              WHERE verified IS NULL OR verified < $today - duration('P12M')
              RETURN 'NOT_VERIFIED' AS reason, m.id AS record, p AS post, m AS membership, null AS correction,
                     verified + duration('P12M') AS since,
                     CASE WHEN verified IS NULL THEN 'never verified: is this holding still correct?'
                          ELSE 'last verified ' + m.lastVerified + ', more than 12 months ago' END AS message
              UNION ALL
              MATCH (p:Post:Entity {dataset: $dataset})
              WHERE %2$s AND NOT EXISTS { MATCH (p)<-[:OF_POST]-(h:Membership) WHERE %5$s }
              OPTIONAL MATCH (p)<-[:OF_POST]-(e:Membership) WHERE e.validToDate < $today
              WITH p, max(e.validToDate) AS lastEnd
              WITH p, lastEnd, CASE WHEN lastEnd IS NOT NULL THEN lastEnd + duration('P1D') ELSE p.validFromDate END AS vacantFrom
              WHERE vacantFrom IS NULL OR vacantFrom <= $today - duration('P6M')
              RETURN 'LONG_VACANT' AS reason, p.id AS record, p AS post, null AS membership, null AS correction,
                     vacantFrom + duration('P6M') AS since,
                     CASE WHEN vacantFrom IS NULL THEN 'vacant, and since when is not recorded'
                          WHEN lastEnd IS NULL THEN 'vacant since it was created (' + p.validFrom + ')'
                          ELSE 'vacant since ' + toString(vacantFrom) END AS message
              UNION ALL
              MATCH (p:Post:Entity {dataset: $dataset})<-[:OF_POST]-(m:Membership)
              WHERE $today <= m.validToDate <= $today + duration('P60D') AND %3$s
              RETURN 'TERM_ENDING' AS reason, m.id AS record, p AS post, m AS membership, null AS correction,
                     m.validToDate - duration('P60D') AS since,
                     'ends ' + m.validTo + ': reappointed, or who comes next?' AS message
              UNION ALL
              MATCH (n:Entity {dataset: $dataset}) WHERE n.illustrative = true AND %6$s
              OPTIONAL MATCH (n)-[:OF_POST]->(held:Post)
              RETURN 'ILLUSTRATIVE' AS reason, n.id AS record,
                     CASE WHEN n:Post THEN n ELSE held END AS post, CASE WHEN n:Membership THEN n END AS membership,
                     null AS correction, null AS since,
                     'invented data (illustrative) still in use: ' + coalesce(n.name, n.id) AS message
              UNION ALL
              CALL () {
                %7$s
              }
              WITH rule, record, message WHERE rule <> '%1$s'
              RETURN 'DATA_PROBLEM' AS reason, record, null AS post, null AS membership, null AS correction,
                     null AS since, rule + ': ' + message AS message
              UNION ALL
              MATCH (c:Correction {dataset: $dataset, status: 'WAITING'})
              RETURN 'CORRECTION' AS reason, c.about AS record, null AS post, null AS membership,
                     %8$s AS correction, date(c.receivedAt) AS since,
                     'a reader reports: ' + c.whatIsWrong AS message
              UNION ALL
              MATCH (p:Post)<-[:OF_POST]-(m:Membership:Entity {dataset: $dataset})
              WHERE m.holderSaysNotHeldOn IS NOT NULL AND %3$s
              RETURN 'HOLDER_SAYS_NOT_HELD' AS reason, m.id AS record, p AS post, m AS membership, null AS correction,
                     date(left(toString(m.holderSaysNotHeldOn), 10)) AS since,
                     'the holder says they do not hold this seat (answered ' + left(toString(m.holderSaysNotHeldOn), 10)
                     + ')' AS message
            }
            WITH reason, record, post, membership, correction, since, message
            ORDER BY since IS NULL, since DESC, record, reason
            WITH collect({reason: reason, record: record, post: post, membership: membership, correction: correction,
                          since: since, message: message}) AS listed
            WITH listed, [r IN listed WHERE r.reason <> '%1$s' AND ($reason IS NULL OR r.reason = $reason)][0..$first] AS picked
            CALL (picked) {
              UNWIND picked AS r
              WITH r, r.post AS post, r.membership AS membership
              RETURN collect(r {.reason, .record, .since, .message, .correction, post: CASE WHEN post IS NULL THEN null
                     ELSE %%1$s END, membership: CASE WHEN membership IS NULL THEN null ELSE %%2$s END}) AS items
            }
            RETURN [r IN listed | r.reason] AS reasons, items
            """.formatted(AUTHORITY, Cypher.activeOn("p", "$today"), Cypher.activeOn("m", "$today"),
            Cypher.day("m.lastVerified", true), Cypher.activeOn("h", "$today"), Cypher.activeOn("n", "$today"),
            TimeRules.QUERY.replace("\n", "\n    "), Cypher.CORRECTION);

    private final GraphReads reads;
    private final Today today;

    NeedsCheckingController(GraphReads reads, Today today) {
        this.reads = reads;
        this.today = today;
    }

    /** The GraphQL type {@code NeedsChecking}. */
    record NeedsChecking(String authority, LocalDate asOf, int total, List<ReasonCount> counts, List<CheckItem> items) {
    }

    /** The GraphQL type {@code ReasonCount}. */
    record ReasonCount(CheckReason reason, int count) {
    }

    /** The GraphQL type {@code CheckItem}; its post and membership are the Projection's answers to the selection. */
    record CheckItem(String reason, String record, String message, LocalDate since, Object post, Object membership,
            Correction correction) {
    }

    /** The query's one row: every reason found (the authority's own marker among them) and the items picked. */
    record Found(List<String> reasons, List<CheckItem> items) {
    }

    @QueryMapping
    @PreAuthorize("hasRole('EDITOR')")
    NeedsChecking needsChecking(@Argument String authority, @Argument String reason, @Argument Integer first,
            Authentication user, DataFetchingEnvironment env) {
        int size = first == null ? 200 : first;
        if (size < 1 || size > 1000) {
            throw new InvalidArgumentException("first", "must be between 1 and 1000, not " + size);
        }
        if (!Permissions.mayEdit(user, authority)) {
            throw new OtherAuthorityException("you may see what needs checking in the networks your account edits "
                    + "only, not " + authority + "'s");
        }
        Projection p = new Projection();
        String cypher = REASONS.formatted(p.of("post", "Post", Projection.selection(env, "items/post")),
                p.of("membership", "Membership", Projection.selection(env, "items/membership")));
        Map<String, Object> parameters = new HashMap<>(p.parameters());
        parameters.put("dataset", authority);
        parameters.put("ids", null);
        parameters.put("today", today.date());
        parameters.put("reason", reason);
        parameters.put("first", size);
        Found row = reads.row(env, cypher, parameters, Found.class);
        List<String> reasons = row.reasons();
        if (!reasons.contains(AUTHORITY)) {
            throw new NotFoundException("No authority has the id " + authority, List.of());
        }
        Map<CheckReason, Integer> counts = new EnumMap<>(CheckReason.class);
        for (CheckReason r : CheckReason.values()) {
            counts.put(r, 0);
        }
        reasons.stream().filter(r -> !AUTHORITY.equals(r)).forEach(r -> counts.merge(CheckReason.valueOf(r), 1,
                Integer::sum));
        List<ReasonCount> countList = new ArrayList<>();
        counts.forEach((r, n) -> countList.add(new ReasonCount(r, n)));
        return new NeedsChecking(authority, today.date(), reasons.size() - 1, countList, row.items());
    }
}
