package org.trustmap.rules;

import java.util.Set;
import java.util.stream.Collectors;

import org.trustmap.network.EntityKind;

/**
 * A field that refers to something names an id of a kind the field allows (a holding's seat is a Post): the import
 * and editing refuse any other id with these words, before they look for it in the graph.
 */
public final class ReferenceRule {

    private ReferenceRule() {
    }

    /** What is wrong with the id for a field that allows these kinds, or null when its kind is one of them. */
    public static String problem(String id, Set<EntityKind> kinds) {
        EntityKind kind = EntityKind.ofId(id).orElse(null);
        return kind != null && kinds.contains(kind) ? null
                : "'" + id + "' must be the id of " + kinds.stream().map(EntityKind::label).sorted()
                        .collect(Collectors.joining(" or "));
    }
}
