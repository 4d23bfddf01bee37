package org.trustmap.stewardship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.trustmap.api.ClientAddress;
import org.trustmap.api.GraphReads;
import org.trustmap.api.GraphWrites;
import org.trustmap.audit.AuditTrail;
import org.trustmap.editing.FieldProblem;
import org.trustmap.messages.Periods;
import org.trustmap.rules.FieldRules;
import org.trustmap.security.OtherAuthorityException;
import org.trustmap.security.Permissions;

/**
 * Corrections from the public: anyone reports one ({@code suggestCorrection}), the record's editors list
 * and resolve them. A correction changes nothing in the network: an editor makes the change through the
 * ordinary edits, then accepts it, and the audit trail of the record names the correction.
 */
@Controller
class CorrectionsController {

    private final GraphWrites writes;
    private final GraphReads reads;
    private final AuditTrail audit;
    private final CorrectionLimit limit;
    private final ReporterReply reply;
    private final CorrectionRetention retention;

    CorrectionsController(GraphWrites writes, GraphReads reads, AuditTrail audit, CorrectionLimit limit,
            ReporterReply reply, CorrectionRetention retention) {
        this.retention = retention;
        this.writes = writes;
        this.reads = reads;
        this.audit = audit;
        this.limit = limit;
        this.reply = reply;
    }

    /** The GraphQL type {@code CorrectionPayload}; {@code reporterNotice} only when a correction is resolved. */
    record CorrectionPayload(Correction correction, List<FieldProblem> problems, String reporterNotice) {
    }

    @MutationMapping
    CorrectionPayload suggestCorrection(@Argument Map<String, Object> input, GraphQLContext context) {
        String address = context.getOrDefault(ClientAddress.KEY, "unknown");
        long wait = limit.minutesToWait(address);
        if (wait > 0) {
            return payload(null, List.of(new FieldProblem(null, "too many corrections from your address this hour; "
                    + "please try again in " + wait + " minutes")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> props = new LinkedHashMap<>();
        text(input, "whatIsWrong", true, "text", problems, props);
        text(input, "field", false, "name", problems, props);
        text(input, "rightValue", false, "text", problems, props);
        text(input, "source", false, "text", problems, props);
        text(input, "email", false, "email", problems, props);
        String about = input.get("about") == null ? "" : input.get("about").toString().strip();
        return writes.write(context, tx -> {
            var found = tx.run("""
                    MATCH (n:Entity {id: $id})
                    RETURN coalesce(n.dataset, CASE WHEN n:Authority THEN n.id END) AS dataset
                    """, Map.of("id", about)).list();
            if (found.isEmpty() || found.getFirst().get("dataset").isNull()) {
                problems.addFirst(new FieldProblem("about", about.isEmpty() ? "is required"
                        : "nothing in a network has the id " + about));
            }
            if (!problems.isEmpty()) {
                return payload(null, problems);
            }
            if (!limit.take(address)) {
                return payload(null, List.of(new FieldProblem(null, "too many corrections from your address this "
                        + "hour; please try again later")));
            }
            props.put("id", "correction:" + UUID.randomUUID());
            props.put("about", about);
            props.put("dataset", found.getFirst().get("dataset").asString());
            props.put("status", "WAITING");
            return payload(tx.run("CREATE (c:Correction) SET c = $props, c.receivedAt = datetime() RETURN "
                    + Cypher.CORRECTION + " AS c", Map.of("props", props)).single().get("c").as(Correction.class), List.of());
        });
    }

    /** How long a correction is kept, in words: the privacy notice shows it. */
    @SchemaMapping(typeName = "MessagesStatus", field = "correctionRetention")
    String correctionRetention() {
        return Periods.words(retention.retention());
    }

    @QueryMapping
    @PreAuthorize("hasRole('EDITOR')")
    List<Correction> corrections(@Argument String authority, @Argument String status, Authentication user,
            DataFetchingEnvironment env) {
        if (!Permissions.mayEdit(user, authority)) {
            throw new OtherAuthorityException("you may read the corrections to the networks your account edits only, "
                    + "not " + authority + "'s");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("dataset", authority);
        parameters.put("status", status);
        return reads.list(env, """
                MATCH (c:Correction {dataset: $dataset}) WHERE $status IS NULL OR c.status = $status
                RETURN %s ORDER BY c.receivedAt DESC
                """.formatted(Cypher.CORRECTION), parameters, Correction.class);
    }

    @MutationMapping
    @PreAuthorize("hasRole('EDITOR')")
    CorrectionPayload resolveCorrection(@Argument Map<String, Object> input, Authentication user,
            GraphQLContext request) {
        String id = String.valueOf(input.get("id"));
        String status = String.valueOf(input.get("status"));
        String reason = input.get("reason") == null ? null : input.get("reason").toString().strip();
        return writes.write(request, tx -> {
            var rows = tx.run("MATCH (c:Correction {id: $id}) SET c.status = c.status RETURN " + Cypher.CORRECTION
                    + " AS c, c.dataset AS dataset", Map.of("id", id)).list();
            if (rows.isEmpty()) {
                return payload(null, List.of(new FieldProblem("id", "no correction has the id " + id)));
            }
            Map<String, Object> before = rows.getFirst().get("c").asMap();
            String dataset = rows.getFirst().get("dataset").asString();
            List<FieldProblem> problems = new ArrayList<>();
            if (!Permissions.mayEdit(user, dataset)) {
                problems.add(new FieldProblem(null, "you may not resolve corrections to " + dataset
                        + "'s network: your account edits other authorities'"));
            }
            else if (!"WAITING".equals(before.get("status"))) {
                problems.add(new FieldProblem("id", "it was " + before.get("status").toString().toLowerCase()
                        + " already, on " + before.get("resolvedAt")));
            }
            else if (status.equals("WAITING")) {
                problems.add(new FieldProblem("status", "must be ACCEPTED or REJECTED"));
            }
            else if (status.equals("REJECTED") && (reason == null || reason.isEmpty())) {
                problems.add(new FieldProblem("reason", "is required to reject a correction"));
            }
            else if (reason != null && !reason.isEmpty() && FieldRules.problem("reason", reason) != null) {
                problems.add(new FieldProblem("reason", FieldRules.problem("reason", reason)));
            }
            if (!problems.isEmpty()) {
                return payload(null, problems);
            }
            Value resolved = tx.run("""
                    MATCH (c:Correction {id: $id})
                    SET c.status = $status, c.resolvedAt = datetime(), c.resolvedBy = $actor, c.reason = $reason
                    RETURN %s AS c""".formatted(Cypher.CORRECTION), parameters(id, status, user.getName(),
                    reason == null || reason.isEmpty() ? null : reason)).single().get("c");
            Map<String, Object> after = resolved.asMap();
            audit.record(tx, user.getName(), status.equals("ACCEPTED") ? "acceptCorrection" : "rejectCorrection",
                    (String) before.get("about"), dataset, before, after, id);
            return new CorrectionPayload(resolved.as(Correction.class), List.of(), reply.send(tx, id));
        });
    }

    private static Map<String, Object> parameters(String id, String status, String actor, String reason) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", id);
        parameters.put("status", status);
        parameters.put("actor", actor);
        parameters.put("reason", reason);
        return parameters;
    }

    private static void text(Map<String, Object> input, String field, boolean required, String rule,
            List<FieldProblem> problems, Map<String, Object> props) {
        Object value = input.get(field);
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required: say what is wrong"));
            }
            return;
        }
        String wrong = FieldRules.problem(rule, text);
        if (wrong != null) {
            problems.add(new FieldProblem(field, wrong));
        }
        else {
            props.put(field, text);
        }
    }

    private static CorrectionPayload payload(Correction correction, List<FieldProblem> problems) {
        return new CorrectionPayload(correction, problems, null);
    }
}
