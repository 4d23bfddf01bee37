package org.trustmap.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.security.core.Authentication;
import org.trustmap.security.Permissions;
import org.trustmap.rules.ReferenceData;
import org.trustmap.rules.ReferenceRule;
import org.trustmap.rules.Rule;
import org.trustmap.rules.SourceRule;
import org.trustmap.rules.TimeRules;
import org.trustmap.rules.Violation;

/**
 * The checks of one change, made inside its transaction so that what they find in the graph cannot
 * change before the write. Problems are collected, each naming its input field.
 */
final class EditChecks {

    private final TransactionContext tx;
    private final LocalDate today;
    private final Predicate<String> sourceListed;
    private final List<FieldProblem> problems = new ArrayList<>();

    EditChecks(TransactionContext tx, LocalDate today) {
        this(tx, today, SourceRule.inGraph(tx));
    }

    /** @param sourceListed whether a Source has this id */
    EditChecks(TransactionContext tx, LocalDate today, Predicate<String> sourceListed) {
        this.tx = tx;
        this.today = today;
        this.sourceListed = sourceListed;
    }

    /** Checks that read only the graph (references, locks): no day, no source list. */
    static EditChecks ofReferences(TransactionContext tx) {
        return new EditChecks(tx, null, id -> false);
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

    /**
     * Checks the plain fields given, each by the rule of its type in the fields catalogue (the import's), and
     * returns them as properties ({@link EditedFields}).
     */
    Map<String, Object> fields(EditSpec spec, Map<String, Object> input, Map<String, Object> before, boolean creating) {
        return new EditedFields(today, problems).read(spec, input, before, creating);
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
            String wrongKind = ReferenceRule.problem(id.toString(), entry.getValue().targets());
            if (wrongKind != null) {
                problem(field, wrongKind);
                continue;
            }
            var rows = tx.run("MATCH (n:Entity {id: $id}) RETURN n.dataset AS dataset", Map.of("id", id.toString())).list();
            if (rows.isEmpty()) {
                problem(field, "nothing has the id " + id);
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

    /**
     * Locks the seat for the rest of the transaction, so that appointments to it are checked and written one
     * at a time: the next one waits, then sees this one. The write lock is taken on the partnership (or body)
     * the seat is on rather than on the seat itself: an appointment adds a relationship to the seat, and
     * Neo4j's relationship locks on a node that others are waiting to lock form deadlocks under contention.
     */
    void lockSeat(String post) {
        tx.run("MATCH (:Post {id: $id})-[:SEAT_ON]->(o) SET o.version = coalesce(o.version, 0)", Map.of("id", post))
                .consume();
    }

    /** Locks the seat a membership holds, before the membership itself. */
    void lockSeatOf(String membership) {
        tx.run("MATCH (:Membership {id: $id})-[:OF_POST]->(:Post)-[:SEAT_ON]->(o) SET o.version = coalesce(o.version, 0)",
                Map.of("id", membership)).consume();
    }

    /** The source a new record names is one already listed, by the import's rule. */
    void source(Map<String, Object> props) {
        String wrong = SourceRule.problem(props.get("source"), sourceListed);
        if (wrong != null) {
            problem("source", wrong);
        }
    }

    /** Kinds only a school from the register has are not for editors to give. */
    void notReferenceData(EditSpec spec, Map<String, Object> props) {
        String kind = spec == EditSpec.BODY && props.get("kind") != null
                ? ReferenceData.notASchoolKind(props.get("kind").toString()) : null;
        if (kind != null) {
            problem("kind", kind);
        }
    }

    /**
     * The rules over time on the written state of the changed record and the records that depend on it;
     * a problem on another record (a membership outside a seat whose end moved) names that record.
     */
    void rulesOverTime(String authority, String id, Map<String, Object> changes) {
        for (Violation v : TimeRules.check(tx, authority, List.of(id))) {
            if (v.record().equals(id) && v.relation() == null) {
                problem(v.field(), v.message());
            }
            else {
                String field = v.rule() == Rule.SEAT_HOLDERS && changes.containsKey("maxHolders") ? "maxHolders"
                        : changes.containsKey("validTo") ? "validTo" : changes.containsKey("validFrom") ? "validFrom"
                        : v.field();
                problem(field, (v.relation() == null ? v.record() : v.relation() + " " + v.record() + " -> " + v.target())
                        + ": " + v.message());
            }
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
        String readOnly = ReferenceData.readOnly(id, locked.getFirst().get("labels").asList(Value::asString));
        if (readOnly != null) {
            problem("id", readOnly);
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
