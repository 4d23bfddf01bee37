package org.trustmap.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;
import org.trustmap.security.OtherAuthorityException;
import org.trustmap.security.Permissions;

/**
 * The audit trail, read-only, under the API's own rules: an editor reads the history of the networks
 * they may change (another authority's is refused, not shown as empty); a person's contact details
 * appear in it only while that person consents to their publication, as everywhere else in the API.
 */
@Controller
class HistoryController {

    private final GraphReads reads;

    HistoryController(GraphReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    @PreAuthorize("hasRole('EDITOR')")
    List<Map<String, Object>> history(@Argument String id, @Argument Integer first, Authentication user,
            DataFetchingEnvironment env) {
        int size = first == null ? 50 : first;
        if (size < 1 || size > 500) {
            throw new InvalidArgumentException("first", "must be between 1 and 500, not " + size);
        }
        List<Object> rows = reads.list(env, """
                OPTIONAL MATCH (p:Entity {id: $id}) WHERE p:Person
                WITH coalesce(p.contactConsent = true, false) AS consents
                MATCH (e:AuditEvent {entity: $id})
                RETURN e {.id, at: e.at, .actor, .action, .entity, .dataset, .before, .after, .redactedAt,
                          .redactedFields, .correction, consents: consents}
                ORDER BY e.at DESC LIMIT $size
                """, Map.of("id", id, "size", size));
        List<Map<String, Object>> events = new ArrayList<>();
        for (Object row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> event = new LinkedHashMap<>((Map<String, Object>) row);
            String dataset = (String) event.get("dataset");
            if (!Permissions.mayEdit(user, dataset)) {
                throw new OtherAuthorityException("you may read the history of the networks your account edits "
                        + "only; " + id + " belongs to " + (dataset == null || dataset.isEmpty() ? "no authority"
                        : dataset) + "'s network");
            }
            events.add(asRead(event));
        }
        return events;
    }

    /** Contact details of a person who does not consent today are left out (and said to be). */
    private static Map<String, Object> asRead(Map<String, Object> event) {
        TreeSet<String> redacted = new TreeSet<>();
        if (event.get("redactedFields") instanceof List<?> stored) {
            stored.forEach(field -> redacted.add(String.valueOf(field)));
        }
        if (AuditTrail.isPerson((String) event.get("entity")) && !Boolean.TRUE.equals(event.get("consents"))) {
            for (String side : List.of("before", "after")) {
                AuditTrail.Redaction redaction = AuditTrail.redact((String) event.get(side));
                event.put(side, redaction.json());
                redacted.addAll(redaction.fields());
            }
        }
        event.put("redacted", List.copyOf(redacted));
        return event;
    }
}
