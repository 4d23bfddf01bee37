package org.trustmap.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import org.trustmap.network.EntityKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change as an {@code :AuditEvent} in the same transaction as the change: who, when, what,
 * and the entity's state before and after (JSON). Nothing in the API changes or deletes these events,
 * with one exception the event itself records: when a person withdraws consent to their contact details
 * being public, those details are removed from all their past events ({@code redactedAt}).
 */
@Component
public class AuditTrail {

    /** A person's properties that only their consent makes public. */
    static final List<String> CONTACT_DETAILS = org.trustmap.fields.Catalogue.contactDetails();
    static final String REDACTED = "[redacted]";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, Object>> STATE = new TypeReference<>() {
    };

    public void record(TransactionContext tx, String actor, String action, String entity, String dataset,
            Map<String, Object> before, Map<String, Object> after) {
        record(tx, actor, action, entity, dataset, before, after, null);
    }

    /** @param correction the public correction this change resolves, linked in the event (null for none) */
    public void record(TransactionContext tx, String actor, String action, String entity, String dataset,
            Map<String, Object> before, Map<String, Object> after, String correction) {
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("id", UUID.randomUUID().toString(), "actor",
                actor, "action", action, "entity", entity, "dataset", dataset == null ? "" : dataset, "before",
                json(before), "after", json(after)));
        parameters.put("correction", correction);
        tx.run("""
                CREATE (:AuditEvent {id: $id, at: datetime(), actor: $actor, action: $action, entity: $entity,
                                     dataset: $dataset, before: $before, after: $after, correction: $correction})
                """, parameters).consume();
        if (isPerson(entity) && consents(before) && !consents(after)) {
            redactContactDetails(tx, List.of(entity));
        }
    }

    /**
     * Removes the contact details from every audit event of these people for good (they withdrew consent,
     * or left the network with it), recording in each event which fields went and when.
     */
    public void redactContactDetails(TransactionContext tx, Collection<String> people) {
        if (people.isEmpty()) {
            return;
        }
        var events = tx.run("""
                MATCH (e:AuditEvent) WHERE e.entity IN $people
                RETURN e.id AS id, e.before AS before, e.after AS after
                """, Map.of("people", List.copyOf(people))).list();
        for (var event : events) {
            Redaction before = redact(event.get("before").asString(null));
            Redaction after = redact(event.get("after").asString(null));
            TreeSet<String> fields = new TreeSet<>(before.fields());
            fields.addAll(after.fields());
            if (!before.changed() && !after.changed()) {
                continue;
            }
            tx.run("""
                    MATCH (e:AuditEvent {id: $id})
                    SET e.before = $before, e.after = $after, e.redactedAt = datetime(),
                        e.redactedFields = $fields
                    """, Map.of("id", event.get("id").asString(), "before", before.json(), "after", after.json(),
                    "fields", List.copyOf(fields))).consume();
        }
    }

    /** A state's JSON with the contact details replaced; fields lists those present (redacted now or before). */
    record Redaction(String json, List<String> fields, boolean changed) {
    }

    static Redaction redact(String json) {
        if (json == null || json.equals("null")) {
            return new Redaction(json, List.of(), false);
        }
        TreeMap<String, Object> state = JSON.readValue(json, STATE);
        List<String> fields = new ArrayList<>();
        boolean changed = false;
        for (String field : CONTACT_DETAILS) {
            Object value = state.get(field);
            if (value != null) {
                fields.add(field);
                if (!REDACTED.equals(value)) {
                    state.put(field, REDACTED);
                    changed = true;
                }
            }
        }
        return new Redaction(changed ? JSON.writeValueAsString(state) : json, fields, changed);
    }

    static boolean isPerson(String entity) {
        return entity != null && entity.startsWith(EntityKind.PERSON.prefix() + ":");
    }

    private static boolean consents(Map<String, Object> state) {
        return state != null && Boolean.parseBoolean(String.valueOf(state.get("contactConsent")));
    }

    private static String json(Map<String, Object> state) {
        if (state == null) {
            return "null";
        }
        Map<String, Object> sorted = new TreeMap<>();
        state.forEach((k, v) -> sorted.put(k, v == null ? null : v.toString()));
        return JSON.writeValueAsString(sorted);
    }
}
