package org.trustmap.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Schools (DfE, Get Information About Schools) and districts (ONS) are reference data: they come in
 * only by import, from their registers, and editors cannot change them through the API. A school's
 * kind and sector follow from its register entry, never from an editor.
 */
public final class ReferenceData {

    /** Body kinds that only a school from the register can have. */
    public static final Set<String> SCHOOL_KINDS = Set.of("SCHOOL", "ACADEMY");
    public static final String SCHOOL_SECTOR = "EDUCATION";

    private ReferenceData() {
    }

    /** SCHOOL or ACADEMY, from the register's type of establishment. */
    public static String schoolKind(String typeOfEstablishment) {
        String type = String.valueOf(typeOfEstablishment).toLowerCase(Locale.ROOT);
        return type.contains("academy") || type.contains("free school") ? "ACADEMY" : "SCHOOL";
    }

    /** Why a body that is not a school from the register cannot have this kind, or null when it can. */
    public static String notASchoolKind(String kind) {
        return SCHOOL_KINDS.contains(kind) ? kind + " is for schools, which come from the DfE register by import only"
                : null;
    }

    /** Why a node with these labels cannot be edited through the API, or null when it can. */
    public static String readOnly(String id, Collection<String> labels) {
        if (labels.contains("School")) {
            return id + " is a school from the DfE register (Get Information About Schools): it changes only when its"
                    + " authority's network is imported";
        }
        if (labels.contains("District")) {
            return id + " is a district from the ONS register: it changes only when its authority's network is imported";
        }
        return null;
    }
}
