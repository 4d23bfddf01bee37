package org.trustmap.editing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trustmap.fields.Catalogue;
import org.trustmap.fields.EntityField;
import org.trustmap.fields.Use;
import org.trustmap.network.EntityKind;

/**
 * What one kind of entity accepts from editors: its plain fields (stored under their own names; which ones,
 * their rules and whether a create must give them come from the fields catalogue, {@link Catalogue}) and
 * its references (stored as relationships). Shared by the create and update mutations. The references stay
 * here, not in the catalogue: a mutation names and limits them its own way (a new seat is on a partnership,
 * its {@code partnership}; the file's {@code organisation} may also be a body).
 *
 * @param kind        what is created or changed
 * @param references  input field to the relationship it becomes and the kinds it may point at
 */
record EditSpec(EntityKind kind, Map<String, Reference> references) {

    /** @param incoming the relationship points from the referenced node to the edited one */
    record Reference(String relation, Set<EntityKind> targets, boolean incoming, boolean required) {
    }

    static final Set<EntityKind> AREAS = Set.of(EntityKind.DISTRICT, EntityKind.AUTHORITY);
    static final Set<EntityKind> ORGANISATIONS = Set.of(EntityKind.BODY, EntityKind.SCHOOL);

    static final EditSpec BODY = new EditSpec(EntityKind.BODY,
            Map.of("basedIn", new Reference("BASED_IN", AREAS, false, false)));

    static final EditSpec PARTNERSHIP = new EditSpec(EntityKind.PARTNERSHIP,
            Map.of("partOf", new Reference("PART_OF", Set.of(EntityKind.PARTNERSHIP), false, false),
                    "covers", new Reference("COVERS", AREAS, false, false)));

    static final EditSpec POST = new EditSpec(EntityKind.POST,
            Map.of("partnership", new Reference("SEAT_ON", Set.of(EntityKind.PARTNERSHIP), false, true),
                    "area", new Reference("FOR_AREA", AREAS, false, false)));

    static final EditSpec PERSON = new EditSpec(EntityKind.PERSON, Map.of());

    static final EditSpec MEMBERSHIP = new EditSpec(EntityKind.MEMBERSHIP,
            Map.of("person", new Reference("HOLDS", Set.of(EntityKind.PERSON), true, true),
                    "post", new Reference("OF_POST", Set.of(EntityKind.POST), false, true),
                    "onBehalfOf", new Reference("ON_BEHALF_OF", ORGANISATIONS, false, false)));

    /** The plain fields a create accepts. */
    List<EntityField> fields() {
        return Catalogue.of(kind, Use.CREATE);
    }

    /** Fields an update may change (references are fixed once created). */
    List<String> updatable() {
        return Catalogue.of(kind, Use.UPDATE).stream().map(EntityField::name).toList();
    }
}
