package org.trustmap.audit;

import java.time.ZonedDateTime;
import java.util.ArrayList;
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

    /** The GraphQL type {@code AuditEvent}: an event as its reader may see it. */
    record AuditEvent(String id, ZonedDateTime at, String actor, String action, String entity, String before,
            String after, List<String> redacted, ZonedDateTime redactedAt, String correction) {
    }

    /** An event as stored, with what deciding its reading needs (its network, whether its person consents). */
    record StoredEvent(String id, ZonedDateTime at, String actor, String action, String entity, String dataset,
            String before, String after, ZonedDateTime redactedAt, List<String> redactedFields, String correction,
            boolean consents) {
    }

    @QueryMapping
    @PreAuthorize("hasRole('EDITOR')")
    List<AuditEvent> history(@Argument String id, @Argument Integer first, Authentication user,
            DataFetchingEnvironment env) {
        int size = first == null ? 50 : first;
        if (size < 1 || size > 500) {
            throw new InvalidArgumentException("first", "must be between 1 and 500, not " + size);
        }
        List<StoredEvent> rows = reads.list(env, """
                OPTIONAL MATCH (p:Entity {id: $id}) WHERE p:Person
                WITH coalesce(p.contactConsent = true, false) AS consents
                MATCH (e:AuditEvent {entity: $id})
                RETURN e {.id, at: e.at, .actor, .action, .entity, .dataset, .before, .after, .redactedAt,
                          .redactedFields, .correction, consents: consents}
                ORDER BY e.at DESC LIMIT $size
                """, Map.of("id", id, "size", size), StoredEvent.class);
        List<AuditEvent> events = new ArrayList<>();
        for (StoredEvent event : rows) {
            String dataset = event.dataset();
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
    private static AuditEvent asRead(StoredEvent event) {
        TreeSet<String> redacted = new TreeSet<>();
        if (event.redactedFields() != null) {
            redacted.addAll(event.redactedFields());
        }
        String before = event.before();
        String after = event.after();
        if (AuditTrail.isPerson(event.entity()) && !event.consents()) {
            AuditTrail.Redaction fromBefore = AuditTrail.redact(before);
            AuditTrail.Redaction fromAfter = AuditTrail.redact(after);
            before = fromBefore.json();
            after = fromAfter.json();
            redacted.addAll(fromBefore.fields());
            redacted.addAll(fromAfter.fields());
        }
        return new AuditEvent(event.id(), event.at(), event.actor(), event.action(), event.entity(), before, after,
                List.copyOf(redacted), event.redactedAt(), event.correction());
    }
}
