package org.trustmap.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trustmap.network.EntityKind;

/**
 * One authority's network, read and checked, ready to be written: nodes with their properties and
 * the relationships between them. Every row remembers where in the files it came from.
 */
record Dataset(String authorityId, List<EntityRow> entities, List<LinkRow> links, List<PostcodeRow> postcodes,
        List<Map<String, Object>> sources) {

    record EntityRow(EntityKind kind, String id, String file, String location, Map<String, Object> properties) {
    }

    /**
     * A relationship: from an explicit {@code relations} entry, a reference field (a post's organisation),
     * or a CSV column (a school's district).
     *
     * @param targets the kinds {@code to} may be; checked once all rows are read
     */
    record LinkRow(String type, String from, String to, Map<String, Object> properties, String file, String location,
            String field, Set<EntityKind> targets) {
    }

    record PostcodeRow(String code, String district, Long easting, Long northing, String file, String location) {
    }
}
