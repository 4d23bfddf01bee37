package org.trustmap.fields;

import java.util.EnumSet;
import java.util.Set;

import org.trustmap.network.EntityKind;

/**
 * One field of one kind of entity: its name (the same in GraphQL, on the graph node and in the file), what it
 * holds, whether it must be given, who may read it and where it appears. References are file fields only: the
 * editing mutations name and limit theirs differently (org.trustmap.editing.EditSpec), and GraphQL reads
 * relationships as Cypher patterns (org.trustmap.api.GraphMapping).
 *
 * @param values   for an enum, its Java enum (the GraphQL and file-format enums must equal it: SchemaEnumsTest)
 * @param min      for an integer, the least allowed
 * @param max      for an integer, the most allowed
 * @param absent   Cypher for the GraphQL value when the node has none (e.g. {@code false}), or null
 * @param relation for a reference, the relationship type it becomes
 * @param targets  for a reference, the kinds it may point at
 * @param incoming for a reference, the relationship points from the target to this node
 */
public record EntityField(String name, FieldType type, boolean required, Readers readers, Set<Use> uses,
        Class<? extends Enum<?>> values, long min, long max, String absent, String relation, Set<EntityKind> targets,
        boolean incoming) {

    public EntityField {
        uses = uses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(uses));
    }

    /** An optional field everyone may read, in GraphQL and the file. */
    static EntityField of(String name, FieldType type) {
        return new EntityField(name, type, false, Readers.EVERYONE, EnumSet.of(Use.GRAPHQL, Use.FILE), null, 0, 0,
                null, null, null, false);
    }

    static EntityField enumeration(String name, Class<? extends Enum<?>> values) {
        return new EntityField(name, FieldType.ENUM, false, Readers.EVERYONE, EnumSet.of(Use.GRAPHQL, Use.FILE), values,
                0, 0, null, null, null, false);
    }

    static EntityField integer(String name, long min, long max) {
        return new EntityField(name, FieldType.INTEGER, false, Readers.EVERYONE, EnumSet.of(Use.GRAPHQL, Use.FILE), null,
                min, max, null, null, null, false);
    }

    /** A file field naming another entity, stored as a relationship. */
    static EntityField reference(String name, String relation, Set<EntityKind> targets) {
        return new EntityField(name, FieldType.REFERENCE, false, Readers.EVERYONE, EnumSet.of(Use.FILE), null, 0, 0,
                null, relation, Set.copyOf(targets), false);
    }

    EntityField mustBeGiven() {
        return new EntityField(name, type, true, readers, uses, values, min, max, absent, relation, targets, incoming);
    }

    EntityField readBy(Readers who) {
        return new EntityField(name, type, required, who, uses, values, min, max, absent, relation, targets, incoming);
    }

    /** Where it appears, instead of GraphQL and the file. */
    EntityField only(Use... where) {
        return new EntityField(name, type, required, readers, Set.of(where), values, min, max, absent, relation, targets,
                incoming);
    }

    /** Also given by editors, when creating and changing it. */
    EntityField edited() {
        return also(Use.CREATE, Use.UPDATE);
    }

    EntityField also(Use... more) {
        EnumSet<Use> all = uses.isEmpty() ? EnumSet.noneOf(Use.class) : EnumSet.copyOf(uses);
        all.addAll(Set.of(more));
        return new EntityField(name, type, required, readers, all, values, min, max, absent, relation, targets, incoming);
    }

    EntityField whenAbsent(String cypher) {
        return new EntityField(name, type, required, readers, uses, values, min, max, cypher, relation, targets,
                incoming);
    }

    EntityField pointingHere() {
        return new EntityField(name, type, required, readers, uses, values, min, max, absent, relation, targets, true);
    }

    public boolean in(Use use) {
        return uses.contains(use);
    }
}
