package org.trustmap.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a chain between two nodes goes through: partnership relations only, seats and the people holding
 * them too (representation), or also areas (geography: "in the same county" is not working together,
 * so {@code connection} takes that step only when asked).
 */
public enum PathKind {
    PARTNERSHIP, REPRESENTATION, GEOGRAPHY;

    static final Set<String> REPRESENTATION_TYPES = Set.of("SEAT_ON", "OF_POST", "HOLDS", "ON_BEHALF_OF");
    static final Set<String> GEOGRAPHY_TYPES = Set.of("IN_DISTRICT", "IN_AUTHORITY", "COVERS", "BASED_IN", "FOR_AREA");
    /** Partnership relations: the network file's relations that are neither geography nor shared outcomes. */
    static final Set<String> PARTNERSHIP_TYPES;

    static {
        Set<String> types = new java.util.TreeSet<>(List.of("IN_CLUSTER"));
        for (RelationType type : RelationType.values()) {
            types.add(type.name());
        }
        types.removeAll(GEOGRAPHY_TYPES);
        types.remove(RelationType.WORKS_TO.name());
        PARTNERSHIP_TYPES = Set.copyOf(types);
    }

    /** The relationship types a path may follow. */
    static List<String> types(boolean geography) {
        List<String> types = new ArrayList<>(PARTNERSHIP_TYPES);
        types.addAll(REPRESENTATION_TYPES);
        if (geography) {
            types.addAll(GEOGRAPHY_TYPES);
        }
        return types.stream().sorted().toList();
    }

    static PathKind of(Collection<String> types) {
        if (types.stream().anyMatch(GEOGRAPHY_TYPES::contains)) {
            return GEOGRAPHY;
        }
        return types.stream().anyMatch(REPRESENTATION_TYPES::contains) ? REPRESENTATION : PARTNERSHIP;
    }
}
