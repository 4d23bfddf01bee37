package org.trustmap.audit;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;

/** The audit trail, read-only: nothing in the API writes, changes or deletes an audit event. */
@Controller
class HistoryController {

    private final GraphReads reads;

    HistoryController(GraphReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    @PreAuthorize("hasRole('EDITOR')")
    List<Object> history(@Argument String id, @Argument Integer first, DataFetchingEnvironment env) {
        int size = first == null ? 50 : first;
        if (size < 1 || size > 500) {
            throw new InvalidArgumentException("first", "must be between 1 and 500, not " + size);
        }
        return reads.list(env, """
                MATCH (e:AuditEvent {entity: $id})
                RETURN e {.id, at: e.at, .actor, .action, .entity, .before, .after} ORDER BY e.at DESC LIMIT $size
                """, Map.of("id", id, "size", size));
    }
}
