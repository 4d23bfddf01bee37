package org.trustmap.fields;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trustmap.network.EntityKind;

/**
 * The one catalogue of each kind of entity's fields ({@link EntityFields}), and the GraphQL fields of its type
 * that are not plain values of its node: read from relationships or computed, in org.trustmap.api.GraphMapping.
 * SchemaFieldsTest holds the two together against the SDL.
 */
public final class Catalogue {

    private static final Map<EntityKind, List<EntityField>> FIELDS = new EnumMap<>(EntityKind.class);
    private static final Map<EntityKind, Set<String>> DERIVED = new EnumMap<>(EntityKind.class);

    static {
        kind(EntityKind.AUTHORITY, EntityFields.AUTHORITY_FIELDS, "districts", "trusts", "partnerships", "coverage");
        kind(EntityKind.DISTRICT, EntityFields.DISTRICT_FIELDS, "authority", "partnerships", "clusters", "schools",
                "bodies");
        kind(EntityKind.BODY, EntityFields.BODY_FIELDS, "contact", "source", "basedIn", "seats", "duties",
                "predecessors", "successors", "partOf", "version");
        kind(EntityKind.SCHOOL, EntityFields.SCHOOL_FIELDS, "district", "cluster", "seats", "duties");
        kind(EntityKind.PARTNERSHIP, EntityFields.PARTNERSHIP_FIELDS, "active", "source", "authority", "areas",
                "partOf", "parts", "reportsTo", "subGroups", "coordinatedBy", "coordinates", "linksTo", "clusters",
                "posts", "duties", "leadBy", "predecessors", "successors", "plans", "outcomes", "version");
        kind(EntityKind.SCHOOL_CLUSTER, EntityFields.SCHOOL_CLUSTER_FIELDS, "district", "schools", "partnerships",
                "source");
        kind(EntityKind.PERSON, EntityFields.PERSON_FIELDS, "contact", "source", "memberships", "consent",
                "acceptsMessages", "version");
        kind(EntityKind.POST, EntityFields.POST_FIELDS, "partnership", "body", "area", "holders", "vacant", "history",
                "version");
        kind(EntityKind.MEMBERSHIP, EntityFields.MEMBERSHIP_FIELDS, "person", "post", "onBehalfOf", "current",
                "source", "version");
        kind(EntityKind.PLAN, EntityFields.PLAN_FIELDS, "owner", "agreements", "source");
        kind(EntityKind.AGREEMENT, EntityFields.AGREEMENT_FIELDS, "source");
        kind(EntityKind.OUTCOME, EntityFields.OUTCOME_FIELDS);
    }

    private Catalogue() {
    }

    /** Every field of a kind, in the file's column order. */
    public static List<EntityField> of(EntityKind kind) {
        return FIELDS.get(kind);
    }

    /** The fields of a kind that appear in one place, in order. */
    public static List<EntityField> of(EntityKind kind, Use use) {
        return FIELDS.get(kind).stream().filter(f -> f.in(use)).toList();
    }

    /** GraphQL fields of the kind's type read from relationships or computed, not from a catalogue entry. */
    public static Set<String> derived(EntityKind kind) {
        return DERIVED.get(kind);
    }

    /** The names of a person's fields that only their consent lets out ({@link Readers#CONSENTED}). */
    public static List<String> contactDetails() {
        return FIELDS.get(EntityKind.PERSON).stream().filter(f -> f.readers() == Readers.CONSENTED)
                .map(EntityField::name).toList();
    }

    private static void kind(EntityKind kind, List<EntityField> fields, String... derived) {
        FIELDS.put(kind, fields);
        DERIVED.put(kind, Set.of(derived));
    }
}
