package org.trustmap.editing;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.security.core.Authentication;
import org.trustmap.network.EntityKind;
import org.trustmap.security.Permissions;
import org.trustmap.network.PartialDate;

/**
 * The checks of one change, made inside its transaction so that what they find in the graph cannot
 * change before the write. Problems are collected, each naming its input field.
 */
final class EditChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,25}");
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 2000;

    private final TransactionContext tx;
    private final LocalDate today;
    private final List<FieldProblem> problems = new ArrayList<>();

    EditChecks(TransactionContext tx, LocalDate today) {
        this.tx = tx;
        this.today = today;
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    List<FieldProblem> problems() {
        return problems;
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** Editors change only the networks they are given; admins any. */
    void mayEdit(Authentication user, String authority) {
        if (authority != null && !Permissions.mayEdit(user, authority)) {
            problem(null, "you may not change " + authority + "'s network: your account edits other authorities'");
        }
    }

    /** The authority whose network the new entity joins. */
    String authorityOf(EditSpec spec, Map<String, Object> input) {
        String field = spec == EditSpec.POST ? "partnership" : spec == EditSpec.MEMBERSHIP ? "post" : "authority";
        Object id = input.get(field);
        var rows = tx.run("MATCH (n:Entity {id: $id}) RETURN coalesce(n.dataset, CASE WHEN n:Authority THEN n.id END) AS dataset",
                Map.of("id", String.valueOf(id))).list();
        if (rows.isEmpty() || rows.getFirst().get("dataset").isNull()) {
            problem(field, "nothing has the id " + id);
            return null;
        }
        return rows.getFirst().get("dataset").asString();
    }

    /** Checks the plain fields given and returns them as properties (dates with their day bounds). */
    Map<String, Object> fields(EditSpec spec, Map<String, Object> input, Map<String, Object> before, boolean creating) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (var field : spec.fields().entrySet()) {
            String name = field.getKey();
            boolean given = input.containsKey(name) && input.get(name) != null;
            if (!given) {
                if (creating && field.getValue()) {
                    problem(name, "is required");
                }
                continue;
            }
            if (!creating && !spec.updatable().contains(name)) {
                continue;
            }
            Object value = input.get(name);
            switch (name) {
                case "name" -> text(name, value, MAX_NAME, true, props);
                case "email" -> {
                    if (text(name, value, MAX_NAME, true, props) && !EMAIL.matcher(value.toString().strip()).matches()) {
                        problem(name, "'" + value + "' is not an email address");
                    }
                }
                case "phone" -> {
                    if (text(name, value, 25, true, props) && !PHONE.matcher(value.toString().strip()).matches()) {
                        problem(name, "'" + value + "' is not a telephone number (digits, spaces, +, brackets)");
                    }
                }
                case "website", "sourceUrl" -> url(name, value, props);
                case "validFrom", "validTo" -> {
                    PartialDate date = PartialDate.parse(value.toString());
                    props.put(name, date.text());
                    props.put(name + "Date", name.equals("validFrom") ? date.first() : date.last());
                }
                case "contactConsent" -> {
                    props.put(name, value);
                    props.put("contactConsentDate", Boolean.TRUE.equals(value) ? today.toString() : null);
                }
                case "statutory", "kind", "sector", "role" -> props.put(name, value);
                default -> text(name, value, MAX_TEXT, false, props);
            }
        }
        Object from = props.containsKey("validFromDate") ? props.get("validFromDate") : before.get("validFromDate");
        Object to = props.containsKey("validToDate") ? props.get("validToDate") : before.get("validToDate");
        if (from instanceof LocalDate f && to instanceof LocalDate t && t.isBefore(f)) {
            problem(props.containsKey("validTo") ? "validTo" : "validFrom", "ends ("
                    + (props.containsKey("validTo") ? props.get("validTo") : before.get("validTo")) + ") before it starts ("
                    + (props.containsKey("validFrom") ? props.get("validFrom") : before.get("validFrom")) + ")");
        }
        return props;
    }

    private boolean text(String field, Object value, int max, boolean required, Map<String, Object> props) {
        String text = value.toString().strip();
        if (text.isEmpty() && required) {
            problem(field, "must not be blank");
            return false;
        }
        if (text.length() > max) {
            problem(field, "is " + text.length() + " characters long; at most " + max + " are allowed");
            return false;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            problem(field, "contains control characters");
            return false;
        }
        props.put(field, text);
        return true;
    }

    private void url(String field, Object value, Map<String, Object> props) {
        String text = value.toString();
        try {
            URI uri = URI.create(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                props.put(field, text);
                return;
            }
        }
        catch (IllegalArgumentException ignored) {
            // reported below
        }
        problem(field, "'" + text + "' is not a web address (https://...)");
    }

    /** The references given: each must exist, be of a kind the field allows and belong to the same authority. */
    Map<String, String> references(EditSpec spec, Map<String, Object> input, String authority) {
        Map<String, String> found = new LinkedHashMap<>();
        for (var entry : spec.references().entrySet()) {
            String field = entry.getKey();
            Object id = input.get(field);
            if (id == null) {
                if (entry.getValue().required()) {
                    problem(field, "is required");
                }
                continue;
            }
            var rows = tx.run("MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n.dataset AS dataset",
                    Map.of("id", id.toString())).list();
            EntityKind kind = EntityKind.ofId(id.toString()).orElse(null);
            if (rows.isEmpty() || kind == null) {
                problem(field, "nothing has the id " + id);
            }
            else if (!entry.getValue().targets().contains(kind)) {
                problem(field, id + " is a " + kind.label() + "; this needs " + entry.getValue().targets().stream()
                        .map(EntityKind::label).sorted().reduce((a, b) -> a + " or " + b).orElse(""));
            }
            else if (authority != null && !id.equals(authority) && !authority.equals(dataset(rows.getFirst().get("dataset")))) {
                problem(field, id + " belongs to another authority's network");
            }
            else {
                found.put(field, id.toString());
            }
        }
        return found;
    }

    /** An appointment must fall while its seat exists and not overlap the same person's other holding of it. */
    void appointment(String person, String post, Map<String, Object> props) {
        if (person == null || post == null || !(props.get("validFromDate") instanceof LocalDate from)) {
            return;
        }
        LocalDate to = props.get("validToDate") instanceof LocalDate t ? t : LocalDate.of(9999, 12, 31);
        var seat = tx.run("MATCH (p:Post {id: $post}) RETURN p.validFromDate AS from, p.validToDate AS to, p.name AS name",
                Map.of("post", post)).single();
        if ((!seat.get("from").isNull() && from.isBefore(seat.get("from").asLocalDate()))
                || (!seat.get("to").isNull() && from.isAfter(seat.get("to").asLocalDate()))) {
            problem("validFrom", "the seat " + seat.get("name").asString() + " does not exist on " + props.get("validFrom"));
        }
        var overlapping = tx.run("""
                MATCH (:Person {id: $person})-[:HOLDS]->(m:Membership)-[:OF_POST]->(:Post {id: $post})
                WHERE coalesce(m.validFromDate, date('0001-01-01')) <= $to AND $from <= coalesce(m.validToDate, date('9999-12-31'))
                RETURN m.id AS id, m.validFrom AS from LIMIT 1
                """, Map.of("person", person, "post", post, "from", from, "to", to)).list();
        if (!overlapping.isEmpty()) {
            problem("validFrom", "they already hold this seat then (since " + overlapping.getFirst().get("from").asString("?")
                    + "; " + overlapping.getFirst().get("id").asString() + ")");
        }
    }

    /**
     * Locks the entity for the rest of the transaction, then reads it: a concurrent change either
     * finished before (and its version is seen) or waits until this one ends.
     *
     * @return its properties, or null with a problem recorded
     */
    Map<String, Object> lockAndRead(EditSpec spec, String id, Object version) {
        var locked = tx.run("MATCH (n:Entity {id: $id}) SET n.version = coalesce(n.version, 0) RETURN labels(n) AS labels",
                Map.of("id", String.valueOf(id))).list();
        if (locked.isEmpty() || !locked.getFirst().get("labels").asList(Value::asString).contains(spec.kind().label())) {
            problem("id", "no " + spec.kind().label() + " has the id " + id);
            return null;
        }
        Map<String, Object> props = new LinkedHashMap<>(tx.run("MATCH (n:Entity {id: $id}) RETURN properties(n) AS props",
                Map.of("id", id)).single().get("props").asMap());
        long current = ((Number) props.getOrDefault("version", 0L)).longValue();
        if (!(version instanceof Number given) || given.longValue() != current) {
            problem("version", "it was changed by someone else since you read it: you have version " + version
                    + ", the current one is " + current + ". Reload it and make your change again.");
            return null;
        }
        return props;
    }

    private static String dataset(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
