package org.trustmap.stewardship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.driver.TransactionContext;
import org.trustmap.audit.AuditTrail;
import org.trustmap.editing.HoldingReferences;
import org.trustmap.fields.Catalogue;
import org.trustmap.fields.EntityField;
import org.trustmap.fields.Use;
import org.trustmap.importing.CsvTable;
import org.trustmap.importing.SheetRow;
import org.trustmap.network.EntityKind;
import org.trustmap.rules.SourceRule;

/**
 * Writes the rows of a spreadsheet of holdings, one at a time, inside the file's transaction: each row is read
 * by the import's own rules ({@link SheetRow}), then either changes the holding of its id or appoints anew.
 */
final class SeatSheetRows {

    /** The memberships columns of the import format that an editor's spreadsheet carries. */
    static final List<String> COLUMNS = Catalogue.of(EntityKind.MEMBERSHIP, Use.FILE).stream().map(EntityField::name)
            .filter(name -> !name.equals("illustrative") && !name.equals("note")).toList();
    private static final Set<String> COLUMN_SET = Set.copyOf(COLUMNS);
    /** The columns a spreadsheet must have: the fields a holding must be given. */
    static final List<String> REQUIRED = Catalogue.of(EntityKind.MEMBERSHIP, Use.FILE).stream()
            .filter(EntityField::required).map(EntityField::name).toList();
    /** What a row of an existing holding may change. */
    private static final List<String> COMPARED = List.of("role", "validFrom", "validTo", "source", "sourceUrl",
            "lastVerified");

    private final TransactionContext tx;
    private final AuditTrail audit;
    private final String authority;
    private final String actor;
    private final SeatUpdatePayload.Outcome outcome;

    SeatSheetRows(TransactionContext tx, AuditTrail audit, String authority, String actor,
            SeatUpdatePayload.Outcome outcome) {
        this.tx = tx;
        this.audit = audit;
        this.authority = authority;
        this.actor = actor;
        this.outcome = outcome;
    }

    /** @return the holding the row wrote, or null when it was refused or changes nothing */
    String write(CsvTable.Record record) {
        SheetRow row = checked(record.values(), "line " + record.line(), SourceRule.inGraph(tx));
        if (!row.problems().isEmpty()) {
            String given = Objects.toString(record.values().get("id"), "").strip();
            outcome.refused.add(SeatUpdateRow.refused(record.line(), given, row.problems()));
            return null;
        }
        String post = row.references().get("post");
        HoldingReferences.lockSeat(tx, post);
        var existing = tx.run("""
                MATCH (m:Membership:Entity {id: $id})
                OPTIONAL MATCH (who:Person)-[:HOLDS]->(m) OPTIONAL MATCH (m)-[:OF_POST]->(p:Post)
                RETURN properties(m) AS props, who.id AS person, p.id AS post
                """, Map.of("id", row.id())).list();
        if (existing.isEmpty()) {
            return appoint(record.line(), row);
        }
        var held = existing.getFirst();
        return change(record.line(), row, held.get("props").asMap(), held.get("person").asString(null),
                held.get("post").asString(null));
    }

    /**
     * A row read by the import's rules, its source checked against the sources listed: what can be said of it
     * before its references are looked up.
     */
    static SheetRow checked(Map<String, String> values, String location, Predicate<String> sourceListed) {
        SheetRow row = SheetRow.read(EntityKind.MEMBERSHIP, COLUMN_SET, location, values);
        Object source = row.properties().get("source");
        String unlisted = source == null ? null : SourceRule.problem(source, sourceListed);
        if (unlisted == null) {
            return row;
        }
        List<String> problems = new ArrayList<>(row.problems());
        problems.add("source: " + unlisted);
        return new SheetRow(row.id(), row.properties(), row.references(), List.copyOf(problems));
    }

    private String change(int line, SheetRow row, Map<String, Object> before, String person, String post) {
        String id = row.id();
        if (!authority.equals(before.get("dataset"))) {
            outcome.refused.add(SeatUpdateRow.refused(line, id, List.of("id: " + id
                    + " belongs to another authority's network")));
            return null;
        }
        if (!Objects.equals(row.references().get("person"), person) || !Objects.equals(row.references().get("post"), post)) {
            outcome.refused.add(SeatUpdateRow.refused(line, id, List.of("person, post: a holding keeps its person "
                    + "and seat; end it and add a new row for the new holder")));
            return null;
        }
        Map<String, Object> after = new LinkedHashMap<>(before);
        COMPARED.forEach(after::remove);
        after.remove("validFromDate");
        after.remove("validToDate");
        after.putAll(row.properties());
        List<String> differences = COMPARED.stream()
                .filter(f -> !Objects.equals(String.valueOf(before.get(f)), String.valueOf(after.get(f))))
                .map(f -> f + " " + before.get(f) + " -> " + after.get(f)).toList();
        if (differences.isEmpty()) {
            outcome.unchanged++;
            return null;
        }
        after.put("version", ((Number) before.getOrDefault("version", 0L)).longValue() + 1);
        tx.run("MATCH (m:Membership:Entity {id: $id}) SET m = $props", Map.of("id", id, "props", after)).consume();
        audit.record(tx, actor, "updateSeatsFromCsv", id, authority, before, after);
        boolean ends = before.get("validTo") == null && after.get("validTo") != null;
        String summary = person + " on " + post + (ends ? " ends " + after.get("validTo")
                : ": " + String.join(", ", differences));
        (ends ? outcome.ended : outcome.changed).add(new SeatUpdateRow(line, id, summary, List.of()));
        return id;
    }

    private String appoint(int line, SheetRow row) {
        String id = row.id();
        String person = row.references().get("person");
        String post = row.references().get("post");
        String onBehalfOf = row.references().get("onBehalfOf");
        List<String> reasons = HoldingReferences.problems(tx, authority, person, post, onBehalfOf);
        if (!reasons.isEmpty()) {
            outcome.refused.add(SeatUpdateRow.refused(line, id, reasons));
            return null;
        }
        Map<String, Object> props = new LinkedHashMap<>(row.properties());
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
        outcome.added.add(new SeatUpdateRow(line, id, person + " appointed to " + post + " from "
                + props.get("validFrom"), List.of()));
        return id;
    }
}
