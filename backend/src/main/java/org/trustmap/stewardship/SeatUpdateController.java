package org.trustmap.stewardship;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import graphql.GraphQLContext;
import org.neo4j.driver.TransactionContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphWrites;
import org.trustmap.audit.AuditTrail;
import org.trustmap.editing.FieldProblem;
import org.trustmap.importing.CsvTable;
import org.trustmap.network.EntityKind;
import org.trustmap.network.MembershipRole;
import org.trustmap.network.PartialDate;
import org.trustmap.rules.FieldRules;
import org.trustmap.rules.SourceRule;
import org.trustmap.rules.TimeRules;
import org.trustmap.rules.Violation;
import org.trustmap.security.Permissions;

/**
 * {@code updateSeatsFromCsv}: an authority's holdings from a spreadsheet, in the import format's
 * memberships columns. The whole file is written in one transaction and checked by the rules over time
 * (the same as import's and every edit's); a preview, or a file with any refused row, is rolled back, so
 * the graph changes all at once or not at all.
 */
@Controller
class SeatUpdateController {

    static final List<String> COLUMNS = List.of("id", "person", "post", "onBehalfOf", "role", "validFrom", "validTo",
            "source", "sourceUrl", "lastVerified");
    private static final List<String> COMPARED = List.of("role", "validFrom", "validTo", "source", "sourceUrl",
            "lastVerified");

    private final GraphWrites writes;
    private final AuditTrail audit;

    SeatUpdateController(GraphWrites writes, AuditTrail audit) {
        this.writes = writes;
        this.audit = audit;
    }

    /** One row's outcome. */
    record Row(int line, String membership, String summary, List<String> reasons) {
    }

    /** What the file would do (or did). */
    static final class Outcome {
        final List<Row> added = new ArrayList<>();
        final List<Row> ended = new ArrayList<>();
        final List<Row> changed = new ArrayList<>();
        final List<Row> refused = new ArrayList<>();
        final List<FieldProblem> problems = new ArrayList<>();
        int unchanged;
        boolean applied;

        SeatUpdatePayload payload() {
            return new SeatUpdatePayload(applied, List.copyOf(added), List.copyOf(ended), List.copyOf(changed),
                    unchanged, List.copyOf(refused), List.copyOf(problems));
        }
    }

    /** The GraphQL type {@code SeatUpdatePayload}; each row a {@link Row} ({@code SeatUpdateRow}). */
    record SeatUpdatePayload(boolean applied, List<Row> added, List<Row> ended, List<Row> changed, int unchanged,
            List<Row> refused, List<FieldProblem> problems) {
    }

    /** Rolls back a preview or a refused file, carrying what it found. */
    private static final class RolledBack extends RuntimeException {
        final transient Outcome outcome;

        RolledBack(Outcome outcome) {
            super("rolled back", null, false, false);
            this.outcome = outcome;
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('EDITOR')")
    SeatUpdatePayload updateSeatsFromCsv(@Argument Map<String, Object> input, Authentication user,
            GraphQLContext request) {
        String authority = String.valueOf(input.get("authority"));
        boolean apply = Boolean.TRUE.equals(input.get("apply"));
        Outcome outcome = new Outcome();
        if (!Permissions.mayEdit(user, authority)) {
            outcome.problems.add(new FieldProblem("authority", "you may not change " + authority
                    + "'s network: your account edits other authorities'"));
            return outcome.payload();
        }
        CsvTable table;
        try {
            table = CsvTable.read("csv", new StringReader(String.valueOf(input.get("csv"))));
        }
        catch (IOException | RuntimeException ex) {
            outcome.problems.add(new FieldProblem("csv", "is not a CSV file: " + ex.getMessage()));
            return outcome.payload();
        }
        List<String> missing = List.of("id", "person", "post", "role", "validFrom").stream()
                .filter(c -> !table.header().contains(c)).toList();
        List<String> unknown = table.header().stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            outcome.problems.add(new FieldProblem("csv", (missing.isEmpty() ? "" : "lacks the column(s) "
                    + String.join(", ", missing) + (unknown.isEmpty() ? "" : "; ")) + (unknown.isEmpty() ? ""
                    : "has column(s) the memberships format does not: " + String.join(", ", unknown))
                    + ". Columns: " + String.join(",", COLUMNS)));
            return outcome.payload();
        }
        try {
            Outcome done = writes.write(request, tx -> {
                Set<String> touched = new LinkedHashSet<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                for (CsvTable.Record record : table.records()) {
                    row(tx, authority, record, user.getName(), outcome, touched, lines);
                }
                if (!touched.isEmpty()) {
                    for (Violation v : TimeRules.check(tx, authority, touched)) {
                        String id = touched.contains(v.record()) ? v.record() : v.conflicting().stream()
                                .filter(touched::contains).findFirst().orElse(v.record());
                        int line = lines.getOrDefault(id, 0);
                        outcome.refused.add(new Row(line, id, "breaks the rule " + v.rule().name(),
                                List.of((v.field() == null ? "" : v.field() + ": ") + v.message())));
                    }
                }
                if (!apply || !outcome.refused.isEmpty()) {
                    throw new RolledBack(outcome);
                }
                outcome.applied = true;
                return outcome;
            });
            return done.payload();
        }
        catch (RolledBack rolledBack) {
            return rolledBack.outcome.payload();
        }
    }

    private void row(TransactionContext tx, String authority, CsvTable.Record record, String actor, Outcome outcome,
            Set<String> touched, Map<String, Integer> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        record.values().forEach((k, v) -> values.put(k, v == null ? null : v.strip()));
        String id = Objects.toString(values.get("id"), "");
        List<String> reasons = new ArrayList<>();
        if (values.containsKey(CsvTable.WIDTH_PROBLEM)) {
            reasons.add(values.get(CsvTable.WIDTH_PROBLEM));
        }
        if (id.isEmpty()) {
            reasons.add("id: is required");
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (String field : List.of("validFrom", "validTo", "lastVerified")) {
            String text = values.get(field);
            if (text == null || text.isEmpty()) {
                if (field.equals("validFrom")) {
                    reasons.add("validFrom: is required");
                }
                continue;
            }
            try {
                PartialDate date = PartialDate.parse(text);
                props.put(field, date.text());
                if (!field.equals("lastVerified")) {
                    props.put(field + "Date", field.equals("validFrom") ? date.first() : date.last());
                }
            }
            catch (IllegalArgumentException ex) {
                reasons.add(field + ": " + ex.getMessage());
            }
        }
        try {
            props.put("role", MembershipRole.valueOf(Objects.toString(values.get("role"), "")).name());
        }
        catch (IllegalArgumentException ex) {
            reasons.add("role: '" + values.get("role") + "' is not a role (MEMBER, CHAIR, VICE_CHAIR, ...)");
        }
        for (String field : List.of("source", "sourceUrl")) {
            String text = values.get(field);
            if (text != null && !text.isEmpty()) {
                String wrong = FieldRules.problem(field, text);
                if (wrong == null && field.equals("source")) {
                    wrong = SourceRule.problem(text, SourceRule.inGraph(tx));
                }
                if (wrong != null) {
                    reasons.add(field + ": " + wrong);
                }
                props.put(field, text);
            }
        }
        if (!reasons.isEmpty()) {
            outcome.refused.add(new Row(record.line(), id, "refused", reasons));
            return;
        }
        var existing = tx.run("""
                MATCH (m:Membership:Entity {id: $id})
                OPTIONAL MATCH (who:Person)-[:HOLDS]->(m) OPTIONAL MATCH (m)-[:OF_POST]->(p:Post)
                RETURN properties(m) AS props, who.id AS person, p.id AS post
                """, Map.of("id", id)).list();
        String person = values.get("person");
        String post = values.get("post");
        String onBehalfOf = values.get("onBehalfOf") == null || values.get("onBehalfOf").isEmpty() ? null : values.get("onBehalfOf");
        tx.run("MATCH (:Post {id: $id})-[:SEAT_ON]->(o) SET o.version = coalesce(o.version, 0)", Map.of("id", post))
                .consume();
        if (!existing.isEmpty()) {
            Map<String, Object> before = new LinkedHashMap<>(existing.getFirst().get("props").asMap());
            if (!authority.equals(before.get("dataset"))) {
                outcome.refused.add(new Row(record.line(), id, "refused", List.of("id: " + id
                        + " belongs to another authority's network")));
                return;
            }
            if (!Objects.equals(person, existing.getFirst().get("person").asString(null))
                    || !Objects.equals(post, existing.getFirst().get("post").asString(null))) {
                outcome.refused.add(new Row(record.line(), id, "refused", List.of("person, post: a holding keeps its "
                        + "person and seat; end it and add a new row for the new holder")));
                return;
            }
            Map<String, Object> after = new LinkedHashMap<>(before);
            for (String field : COMPARED) {
                after.remove(field);
            }
            after.remove("validFromDate");
            after.remove("validToDate");
            after.putAll(props);
            boolean same = COMPARED.stream().allMatch(f -> Objects.equals(String.valueOf(before.get(f)),
                    String.valueOf(after.get(f))));
            if (same) {
                outcome.unchanged++;
                return;
            }
            after.put("version", ((Number) before.getOrDefault("version", 0L)).longValue() + 1);
            tx.run("MATCH (m:Membership:Entity {id: $id}) SET m = $props", Map.of("id", id, "props", after)).consume();
            audit.record(tx, actor, "updateSeatsFromCsv", id, authority, before, after);
            touched.add(id);
            lines.put(id, record.line());
            boolean ends = before.get("validTo") == null && after.get("validTo") != null;
            Row row = new Row(record.line(), id, person + " on " + post + (ends ? " ends " + after.get("validTo")
                    : ": " + COMPARED.stream().filter(f -> !Objects.equals(String.valueOf(before.get(f)),
                    String.valueOf(after.get(f)))).map(f -> f + " " + before.get(f) + " -> " + after.get(f))
                    .reduce((a, b) -> a + ", " + b).orElse("")), List.of());
            (ends ? outcome.ended : outcome.changed).add(row);
            return;
        }
        var references = tx.run("""
                OPTIONAL MATCH (who:Person:Entity {id: $person})
                OPTIONAL MATCH (p:Post:Entity {id: $post})
                OPTIONAL MATCH (o:Entity {id: $body}) WHERE o:Body OR o:School
                RETURN who.dataset AS person, p.dataset AS post, o.id AS body
                """, java.util.Collections.unmodifiableMap(parameters(person, post, onBehalfOf))).single();
        if (references.get("person").isNull() || !authority.equals(references.get("person").asString())) {
            reasons.add("person: " + (references.get("person").isNull() ? "nothing has the id " + person
                    : person + " belongs to another authority's network"));
        }
        if (references.get("post").isNull() || !authority.equals(references.get("post").asString())) {
            reasons.add("post: " + (references.get("post").isNull() ? "no seat has the id " + post
                    : post + " belongs to another authority's network"));
        }
        if (onBehalfOf != null && references.get("body").isNull()) {
            reasons.add("onBehalfOf: no body or school has the id " + onBehalfOf);
        }
        if (!reasons.isEmpty()) {
            outcome.refused.add(new Row(record.line(), id, "refused", reasons));
            return;
        }
        props.put("id", id);
        props.put("dataset", authority);
        props.put("version", 1L);
        tx.run("CREATE (m:" + String.join(":", EntityKind.MEMBERSHIP.labels()) + ") SET m = $props",
                Map.of("props", props)).consume();
        tx.run("""
                MATCH (m:Membership:Entity {id: $id}), (who:Person {id: $person}), (p:Post {id: $post})
                CREATE (who)-[:HOLDS {dataset: $dataset}]->(m), (m)-[:OF_POST {dataset: $dataset}]->(p)
                """, Map.of("id", id, "person", person, "post", post, "dataset", authority)).consume();
        if (onBehalfOf != null) {
            tx.run("""
                    MATCH (m:Membership:Entity {id: $id}), (o:Entity {id: $body})
                    CREATE (m)-[:ON_BEHALF_OF {dataset: $dataset}]->(o)
                    """, Map.of("id", id, "body", onBehalfOf, "dataset", authority)).consume();
        }
        audit.record(tx, actor, "updateSeatsFromCsv", id, authority, null, props);
        touched.add(id);
        lines.put(id, record.line());
        outcome.added.add(new Row(record.line(), id, person + " appointed to " + post + " from " + props.get("validFrom"),
                List.of()));
    }

    private static Map<String, Object> parameters(String person, String post, String body) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("person", person);
        parameters.put("post", post);
        parameters.put("body", body);
        return parameters;
    }
}
