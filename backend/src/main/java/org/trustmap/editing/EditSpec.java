package org.trustmap.editing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trustmap.network.EntityKind;

/**
 * What one kind of entity accepts from editors: its plain fields (stored under their own names) and
 * its references (stored as relationships). Shared by the create and update mutations.
 *
 * @param kind        what is created or changed
 * @param fields      plain fields, with whether a create must give them
 * @param references  input field to the relationship it becomes and the kinds it may point at
 */
record EditSpec(EntityKind kind, Map<String, Boolean> fields, Map<String, Reference> references) {

    /** @param incoming the relationship points from the referenced node to the edited one */
    record Reference(String relation, Set<EntityKind> targets, boolean incoming, boolean required) {
    }

    static final Set<EntityKind> AREAS = Set.of(EntityKind.DISTRICT, EntityKind.AUTHORITY);
    static final Set<EntityKind> ORGANISATIONS = Set.of(EntityKind.BODY, EntityKind.SCHOOL);

    static final EditSpec BODY = new EditSpec(EntityKind.BODY, Map.of("name", true, "kind", true, "sector", true,
            "validFrom", false, "validTo", false, "website", false, "email", false, "phone", false, "source", false,
            "note", false),
            Map.of("basedIn", new Reference("BASED_IN", AREAS, false, false)));

    static final EditSpec PARTNERSHIP = new EditSpec(EntityKind.PARTNERSHIP, Map.of("name", true, "kind", true,
            "statutory", false, "validFrom", false, "validTo", false, "source", false, "note", false),
            Map.of("partOf", new Reference("PART_OF", Set.of(EntityKind.PARTNERSHIP), false, false),
                    "covers", new Reference("COVERS", AREAS, false, false)));

    static final EditSpec POST = new EditSpec(EntityKind.POST, Map.of("name", true, "role", true, "sector", false,
            "validFrom", false, "validTo", false, "maxHolders", false),
            Map.of("partnership", new Reference("SEAT_ON", Set.of(EntityKind.PARTNERSHIP), false, true),
                    "area", new Reference("FOR_AREA", AREAS, false, false)));

    static final EditSpec PERSON = new EditSpec(EntityKind.PERSON, Map.of("name", true, "honorific", false,
            "honorificSuffix", false, "email", false, "phone", false, "contactConsent", false, "contactConsentLevel", false, "source", false),
            Map.of());

    static final EditSpec MEMBERSHIP = new EditSpec(EntityKind.MEMBERSHIP, Map.of("role", true, "validFrom", true,
            "validTo", false, "source", false, "sourceUrl", false),
            Map.of("person", new Reference("HOLDS", Set.of(EntityKind.PERSON), true, true),
                    "post", new Reference("OF_POST", Set.of(EntityKind.POST), false, true),
                    "onBehalfOf", new Reference("ON_BEHALF_OF", ORGANISATIONS, false, false)));

    /** Fields an update may change (references are fixed once created). */
    List<String> updatable() {
        return fields.keySet().stream().filter(f -> !f.equals("source")).sorted().toList();
    }
}
