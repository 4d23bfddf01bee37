package org.trustmap.editing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.TransactionContext;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.trustmap.api.GraphWrites;
import org.trustmap.api.Projection;
import org.trustmap.api.Today;
import org.trustmap.audit.AuditTrail;

/**
 * Creates and changes entities for editors. Each change runs in one transaction: it checks the input
 * against the graph, refuses a stale version, writes, records an audit event with the state before and
 * after, and reads the result back as the request asked for it. Nothing is written when any check fails.
 * The rules over time ({@link org.trustmap.rules.TimeRules}, the same as import's) are checked on the
 * written state of the records the change touches, before it commits; an appointment or a change to one
 * first locks its seat, so that concurrent appointments to it are checked one after the other.
 */
@Service
public class NetworkEditor {

    /** The outcome: the entity as projected for the response, or the problems. */
    public record Outcome(Object entity, List<FieldProblem> problems) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GraphWrites writes;
    private final Today today;
    private final AuditTrail audit;
    private final List<MembershipListener> listeners;
    private final List<CorrectionLink> corrections;

    NetworkEditor(GraphWrites writes, Today today, AuditTrail audit, List<MembershipListener> listeners,
            List<CorrectionLink> corrections) {
        this.writes = writes;
        this.today = today;
        this.audit = audit;
        this.listeners = listeners;
        this.corrections = corrections;
    }

    Outcome create(EditSpec spec, Map<String, Object> input, Authentication user, String action,
            DataFetchingFieldSelectionSet selection, GraphQLContext request) {
        String actor = user.getName();
        try {
            Outcome outcome = writes.write(request, tx -> {
                EditChecks checks = new EditChecks(tx, today.date());
                if (spec == EditSpec.MEMBERSHIP) {
                    checks.lockSeat(String.valueOf(input.get("post")));
                }
                String authority = checks.authorityOf(spec, input);
                checks.mayEdit(user, authority);
                Map<String, Object> props = checks.fields(spec, input, Map.of(), true);
                recordedBy(props, actor);
                checks.source(props);
                Map<String, String> references = checks.references(spec, input, authority);
                checks.notReferenceData(spec, props);
                refuseIfFailed(checks);
                String id = spec.kind().prefix() + ":" + slug(spec == EditSpec.MEMBERSHIP
                        ? references.get("person").substring("person:".length()) + "-" + props.get("validFrom")
                        : (String) props.get("name")) + "-" + HexFormat.of().formatHex(randomBytes());
                props.put("id", id);
                props.put("dataset", authority);
                props.put("version", 1L);
                String labels = String.join(":", spec.kind().labels());
                tx.run("CREATE (n:" + labels + ") SET n = $props", Map.of("props", props)).consume();
                references.forEach((field, target) -> {
                    EditSpec.Reference reference = spec.references().get(field);
                    String pattern = reference.incoming() ? "(t)-[:" + reference.relation() + " {dataset: $dataset}]->(n)"
                            : "(n)-[:" + reference.relation() + " {dataset: $dataset}]->(t)";
                    tx.run("MATCH (n:Entity {id: $id}), (t:Entity {id: $target}) CREATE " + pattern,
                            Map.of("id", id, "target", target, "dataset", authority)).consume();
                });
                checks.rulesOverTime(authority, id, props);
                refuseIfFailed(checks);
                String correction = acceptCorrection(tx, input, authority, actor);
                tellListeners(tx, spec, id, action);
                audit.record(tx, actor, action, id, authority, null, props, correction);
                return new Outcome(project(tx, id, spec, selection), List.of());
            });
            return outcome;
        }
        catch (ChangeRefused refused) {
            return new Outcome(null, refused.problems);
        }
    }

    Outcome update(EditSpec spec, Map<String, Object> input, Authentication user, String action,
            DataFetchingFieldSelectionSet selection, GraphQLContext request) {
        String id = (String) input.get("id");
        String actor = user.getName();
        try {
            Outcome outcome = writes.write(request, tx -> {
                EditChecks checks = new EditChecks(tx, today.date());
                if (spec == EditSpec.MEMBERSHIP) {
                    checks.lockSeatOf(id);
                }
                Map<String, Object> before = checks.lockAndRead(spec, id, input.get("version"));
                refuseIfFailed(checks);
                checks.mayEdit(user, (String) before.get("dataset"));
                refuseIfFailed(checks);
                Map<String, Object> changes = checks.fields(spec, input, before, false);
                recordedBy(changes, actor);
                refuseIfFailed(checks);
                Map<String, Object> after = new LinkedHashMap<>(before);
                after.putAll(changes);
                after.put("version", ((Number) before.getOrDefault("version", 0L)).longValue() + 1);
                after.values().removeIf(java.util.Objects::isNull);
                tx.run("MATCH (n:Entity {id: $id}) SET n = $props", Map.of("id", id, "props", after)).consume();
                checks.rulesOverTime((String) before.get("dataset"), id, changes);
                refuseIfFailed(checks);
                String correction = acceptCorrection(tx, input, (String) before.get("dataset"), actor);
                tellListeners(tx, spec, id, action);
                audit.record(tx, actor, action, id, (String) before.get("dataset"), before, after, correction);
                return new Outcome(project(tx, id, spec, selection), List.of());
            });
            return outcome;
        }
        catch (ChangeRefused refused) {
            return new Outcome(null, refused.problems);
        }
    }

    /**
     * The correction the change was made for (input {@code correction}), accepted in the change's transaction;
     * a correction that cannot be accepted refuses the whole change.
     */
    private String acceptCorrection(TransactionContext tx, Map<String, Object> input, String dataset, String actor) {
        Object given = input.get("correction");
        if (given == null || given.toString().isBlank()) {
            return null;
        }
        String correction = given.toString().strip();
        for (CorrectionLink link : corrections) {
            FieldProblem problem = link.accept(tx, correction, dataset, actor);
            if (problem != null) {
                throw new ChangeRefused(List.of(problem));
            }
        }
        if (corrections.isEmpty()) {
            throw new ChangeRefused(List.of(new FieldProblem("correction", "corrections are not kept here")));
        }
        return correction;
    }

    private void tellListeners(TransactionContext tx, EditSpec spec, String id, String action) {
        if (spec == EditSpec.MEMBERSHIP) {
            listeners.forEach(listener -> listener.membershipChanged(tx, id, action));
        }
    }

    /** A consent level is recorded with who recorded it. */
    private static void recordedBy(Map<String, Object> props, String actor) {
        if (props.containsKey("contactConsentLevel")) {
            props.put("contactConsentRecordedBy", actor);
        }
    }

    /** Rolls the transaction back: a refused change writes nothing, not even the lock it took. */
    private static void refuseIfFailed(EditChecks checks) {
        if (checks.failed()) {
            throw new ChangeRefused(checks.problems());
        }
    }

    private static final class ChangeRefused extends RuntimeException {

        private final transient List<FieldProblem> problems;

        ChangeRefused(List<FieldProblem> problems) {
            super("change refused", null, false, false);
            this.problems = problems;
        }
    }

    private static Object project(TransactionContext tx, String id, EditSpec spec, DataFetchingFieldSelectionSet selection) {
        if (selection == null) {
            return Map.of("id", id);
        }
        Projection p = new Projection();
        String cypher = "MATCH (n:Entity {id: " + p.parameter(id) + "}) RETURN " + p.of("n", spec.kind().label(), selection);
        return tx.run(cypher, p.parameters()).single().get(0).asObject();
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
