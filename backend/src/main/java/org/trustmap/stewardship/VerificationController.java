package org.trustmap.stewardship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphWrites;
import org.trustmap.api.Projection;
import org.trustmap.api.Today;
import org.trustmap.audit.AuditTrail;
import org.trustmap.editing.FieldProblem;
import org.trustmap.security.Permissions;

/**
 * {@code verifySeat}: "still correct" in one click. Like every edit it locks the record, refuses a stale
 * version and records an audit event in the same transaction as the write.
 */
@Controller
class VerificationController {

    private final GraphWrites writes;
    private final Today today;
    private final AuditTrail audit;

    VerificationController(GraphWrites writes, Today today, AuditTrail audit) {
        this.writes = writes;
        this.today = today;
        this.audit = audit;
    }

    @MutationMapping
    @PreAuthorize("hasRole('EDITOR')")
    Map<String, Object> verifySeat(@Argument Map<String, Object> input, Authentication user, DataFetchingEnvironment env) {
        String id = String.valueOf(input.get("membership"));
        Object version = input.get("version");
        var selection = Projection.selection(env, "membership");
        try {
            var written = writes.write(env.getGraphQlContext(), tx -> {
                var locked = tx.run("""
                        MATCH (m:Membership:Entity {id: $id}) SET m.version = coalesce(m.version, 0)
                        RETURN properties(m) AS props
                        """, Map.of("id", id)).list();
                if (locked.isEmpty()) {
                    throw new Refused("membership", "no Membership has the id " + id);
                }
                Map<String, Object> before = new LinkedHashMap<>(locked.getFirst().get("props").asMap());
                String dataset = (String) before.get("dataset");
                if (!Permissions.mayEdit(user, dataset)) {
                    throw new Refused(null, "you may not change " + dataset + "'s network: your account edits other "
                            + "authorities'");
                }
                long current = ((Number) before.getOrDefault("version", 0L)).longValue();
                if (!(version instanceof Number given) || given.longValue() != current) {
                    throw new Refused("version", "it was changed by someone else since you read it: you have version "
                            + version + ", the current one is " + current + ". Reload it and check it again.");
                }
                Map<String, Object> after = new LinkedHashMap<>(before);
                after.put("lastVerified", today.date().toString());
                after.put("lastVerifiedBy", user.getName());
                after.put("version", current + 1);
                tx.run("MATCH (m:Membership:Entity {id: $id}) SET m = $props", Map.of("id", id, "props", after)).consume();
                audit.record(tx, user.getName(), "verifySeat", id, dataset, before, after);
                Object membership = Map.of("id", id);
                if (selection != null) {
                    Projection p = new Projection();
                    membership = tx.run("MATCH (m:Membership:Entity {id: " + p.parameter(id) + "}) RETURN "
                            + p.of("m", "Membership", selection), p.parameters()).single().get(0).asObject();
                }
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("membership", membership);
                payload.put("problems", List.of());
                return payload;
            });
            return written;
        }
        catch (Refused refused) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("membership", null);
            payload.put("problems", List.of(refused.problem));
            return payload;
        }
    }

    /** Rolls the transaction back: a refused check writes nothing, not even its lock. */
    static final class Refused extends RuntimeException {

        final transient FieldProblem problem;

        Refused(String field, String message) {
            super(message, null, false, false);
            this.problem = new FieldProblem(field, message);
        }
    }
}
