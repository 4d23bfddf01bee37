package org.trustmap.importing;

import static org.trustmap.network.EntityKind.AGREEMENT;
import static org.trustmap.network.EntityKind.AUTHORITY;
import static org.trustmap.network.EntityKind.BODY;
import static org.trustmap.network.EntityKind.DISTRICT;
import static org.trustmap.network.EntityKind.MEMBERSHIP;
import static org.trustmap.network.EntityKind.PARTNERSHIP;
import static org.trustmap.network.EntityKind.PERSON;
import static org.trustmap.network.EntityKind.PLAN;
import static org.trustmap.network.EntityKind.POST;
import static org.trustmap.network.EntityKind.SCHOOL;
import static org.trustmap.network.EntityKind.SCHOOL_CLUSTER;

import java.util.List;
import java.util.Set;

import org.trustmap.fields.Catalogue;
import org.trustmap.fields.EntityField;
import org.trustmap.fields.Use;
import org.trustmap.network.EntityKind;

/**
 * The trustmap network file format, version 1 (schema/import/network.schema.json), as data: which
 * sections hold which kind, and (from the fields catalogue, {@link Catalogue}) each field's type and rule.
 * Import reads by it and export writes by it, so the two cannot drift apart. A field is stored under its own
 * name on the node, except references, which become relationships.
 */
final class FileFormat {

    static final String FORMAT = "trustmap-network";
    static final int VERSION = 1;

    /** A list of entities of one kind: a JSON array of network.json, or a CSV file. */
    record Section(String name, EntityKind kind, List<EntityField> fields) {

        Section(String name, EntityKind kind) {
            this(name, kind, Catalogue.of(kind, Use.FILE));
        }

        Set<String> fieldNames() {
            return fields.stream().map(EntityField::name).collect(java.util.stream.Collectors.toSet());
        }
    }

    static final Section AUTHORITY_SECTION = new Section("authority", AUTHORITY);
    static final Section DISTRICTS = new Section("districts", DISTRICT);
    static final Section PARTNERSHIPS = new Section("partnerships", PARTNERSHIP);
    static final Section CLUSTERS = new Section("clusters", SCHOOL_CLUSTER);
    static final Section PLANS = new Section("plans", PLAN);
    static final Section AGREEMENTS = new Section("agreements", AGREEMENT);
    static final Section PEOPLE = new Section("people", PERSON);
    static final Section POSTS = new Section("posts", POST);
    static final Section MEMBERSHIPS = new Section("memberships", MEMBERSHIP);

    /** JSON sections in the order they are read and written. */
    static final List<Section> JSON_SECTIONS = List.of(DISTRICTS, PARTNERSHIPS, CLUSTERS, PLANS, AGREEMENTS, PEOPLE,
            POSTS, MEMBERSHIPS);

    static final Section BODIES = new Section("bodies", BODY);
    static final Section SCHOOLS = new Section("schools", SCHOOL);

    /**
     * Columns added to the schools file after it first shipped (its open and close dates, a note): a file
     * may leave them out, and its schools then have no known dates.
     */
    static final Set<String> LATER_SCHOOL_COLUMNS = Set.of("validFrom", "validTo", "note");

    static final List<String> SCHOOL_CLUSTER_COLUMNS = List.of("urn", "cluster", "validFrom", "validTo");
    static final List<String> POSTCODE_COLUMNS = List.of("postcode", "district", "easting", "northing");
    static final Set<String> RELATION_FIELDS = Set.of("type", "from", "to", "validFrom", "validTo", "basis", "derived",
            "source", "note");
    static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "url");
    static final Set<String> TOP_LEVEL_FIELDS = Set.of("format", "formatVersion", "authority", "description",
            "sources", "districts", "partnerships", "clusters", "plans", "agreements", "people", "posts", "memberships",
            "relations", "files");
    static final Set<String> FILE_KEYS = Set.of("bodies", "schools", "schoolClusters", "postcodes");

    private FileFormat() {
    }
}
