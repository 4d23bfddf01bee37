package org.trustmap.audit;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change as an {@code :AuditEvent} in the same transaction as the change: who, when, what,
 * and the entity's state before and after (JSON). Nothing in the API changes or deletes these events.
 */
@Component
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public void record(TransactionContext tx, String actor, String action, String entity, String dataset,
            Map<String, Object> before, Map<String, Object> after) {
        tx.run("""
                CREATE (:AuditEvent {id: $id, at: datetime(), actor: $actor, action: $action, entity: $entity,
                                     dataset: $dataset, before: $before, after: $after})
                """, Map.of("id", UUID.randomUUID().toString(), "actor", actor, "action", action, "entity", entity,
                "dataset", dataset == null ? "" : dataset, "before", json(before), "after", json(after))).consume();
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
