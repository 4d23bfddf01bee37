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

import org.trustmap.network.ContactConsent;
import org.trustmap.network.AuthorityKind;
import org.trustmap.network.BodyKind;
import org.trustmap.network.Coverage;
import org.trustmap.network.EntityKind;
import org.trustmap.network.MembershipRole;
import org.trustmap.network.PartnershipKind;
import org.trustmap.network.PostRole;
import org.trustmap.network.Sector;

/**
 * The trustmap network file format, version 1 (schema/import/network.schema.json), as data: which
 * sections hold which kind, and each field's type. Import reads by it and export writes by it, so the
 * two cannot drift apart. A field is stored under its own name on the node, except references, which
 * become relationships.
 */
final class FileFormat {

    static final String FORMAT = "trustmap-network";
    static final int VERSION = 1;

    enum Type { TEXT, ENUM, DATE, BOOLEAN, INTEGER, TEXT_LIST, URL, EMAIL, REFERENCE }

    /**
     * @param relation for a reference: the relationship type it becomes
     * @param incoming for a reference: the relationship points from the target to this node
     */
    record Field(String name, Type type, boolean required, Class<? extends Enum<?>> enumType, String relation,
            Set<EntityKind> targets, boolean incoming, long min, long max) {

        static Field text(String name) {
            return new Field(name, Type.TEXT, false, null, null, null, false, 0, 0);
        }

        static Field required(String name) {
            return new Field(name, Type.TEXT, true, null, null, null, false, 0, 0);
        }

        static Field of(String name, Type type) {
            return new Field(name, type, false, null, null, null, false, 0, 0);
        }

        static Field enumeration(String name, Class<? extends Enum<?>> type, boolean required) {
            return new Field(name, Type.ENUM, required, type, null, null, false, 0, 0);
        }

        static Field integer(String name, boolean required, long min, long max) {
            return new Field(name, Type.INTEGER, required, null, null, null, false, min, max);
        }

        static Field reference(String name, boolean required, String relation, Set<EntityKind> targets) {
            return new Field(name, Type.REFERENCE, required, null, relation, targets, false, 0, 0);
        }

        static Field incomingReference(String name, String relation, Set<EntityKind> targets) {
            return new Field(name, Type.REFERENCE, true, null, relation, targets, true, 0, 0);
        }
    }

    /** A list of entities of one kind: a JSON array of network.json, or a CSV file. */
    record Section(String name, EntityKind kind, List<Field> fields) {

        Set<String> fieldNames() {
            return fields.stream().map(Field::name).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static final Field VALID_FROM = Field.of("validFrom", Type.DATE);
    private static final Field VALID_TO = Field.of("validTo", Type.DATE);
    private static final Field SOURCE = Field.text("source");
    private static final Field NOTE = Field.text("note");
    private static final Field ILLUSTRATIVE = Field.of("illustrative", Type.BOOLEAN);
    private static final Field DERIVED = Field.of("derived", Type.BOOLEAN);
    private static final Field DERIVATION_RULE = Field.text("derivationRule");

    static final Section AUTHORITY_SECTION = new Section("authority", AUTHORITY, List.of(Field.required("id"),
            Field.required("name"), Field.required("onsCode"), Field.text("laCode"),
            Field.enumeration("kind", AuthorityKind.class, true), Field.enumeration("coverage", Coverage.class, false),
            Field.of("dataAsAt", Type.DATE), SOURCE, NOTE));

    static final Section DISTRICTS = new Section("districts", DISTRICT, List.of(Field.required("id"),
            Field.required("name"), Field.required("onsCode"), SOURCE, NOTE));

    static final Section PARTNERSHIPS = new Section("partnerships", PARTNERSHIP, List.of(Field.required("id"),
            Field.required("name"), Field.enumeration("kind", PartnershipKind.class, true),
            Field.of("statutory", Type.BOOLEAN), VALID_FROM, VALID_TO, ILLUSTRATIVE, DERIVED, DERIVATION_RULE, SOURCE,
            NOTE));

    static final Section CLUSTERS = new Section("clusters", SCHOOL_CLUSTER, List.of(Field.required("id"),
            Field.required("name"), Field.reference("district", true, "IN_DISTRICT", Set.of(DISTRICT)), ILLUSTRATIVE,
            DERIVED, DERIVATION_RULE, SOURCE, NOTE));

    static final Section PLANS = new Section("plans", PLAN, List.of(Field.required("id"), Field.required("name"),
            Field.required("kind"), Field.integer("edition", false, 1, 100), VALID_FROM, VALID_TO,
            Field.of("priorities", Type.TEXT_LIST), SOURCE, NOTE));

    static final Section AGREEMENTS = new Section("agreements", AGREEMENT, List.of(Field.required("id"),
            Field.required("name"), VALID_FROM, VALID_TO, Field.of("targets", Type.TEXT_LIST), SOURCE, NOTE));

    static final Section PEOPLE = new Section("people", PERSON, List.of(Field.required("id"), Field.required("name"),
            Field.text("honorific"), Field.text("honorificSuffix"), Field.of("email", Type.EMAIL), Field.text("phone"),
            Field.of("contactConsent", Type.BOOLEAN), Field.of("contactConsentDate", Type.DATE),
            Field.enumeration("contactConsentLevel", ContactConsent.class, false), Field.text("contactConsentRecordedBy"),
            ILLUSTRATIVE, SOURCE, NOTE));

    static final Section POSTS = new Section("posts", POST, List.of(Field.required("id"), Field.required("name"),
            Field.reference("organisation", true, "SEAT_ON", Set.of(PARTNERSHIP, BODY, SCHOOL)),
            Field.enumeration("role", PostRole.class, true), Field.enumeration("sector", Sector.class, false),
            Field.reference("area", false, "FOR_AREA", Set.of(DISTRICT, AUTHORITY)), VALID_FROM, VALID_TO,
            Field.integer("maxHolders", false, 1, org.trustmap.rules.FieldRules.MAX_HOLDERS), ILLUSTRATIVE, SOURCE, NOTE));

    static final Section MEMBERSHIPS = new Section("memberships", MEMBERSHIP, List.of(Field.required("id"),
            Field.incomingReference("person", "HOLDS", Set.of(PERSON)),
            Field.reference("post", true, "OF_POST", Set.of(POST)),
            Field.reference("onBehalfOf", false, "ON_BEHALF_OF", Set.of(BODY, SCHOOL)),
            Field.enumeration("role", MembershipRole.class, true), VALID_FROM, VALID_TO, SOURCE,
            Field.of("sourceUrl", Type.URL), Field.of("lastVerified", Type.DATE), ILLUSTRATIVE, NOTE));

    /** JSON sections in the order they are read and written. */
    static final List<Section> JSON_SECTIONS = List.of(DISTRICTS, PARTNERSHIPS, CLUSTERS, PLANS, AGREEMENTS, PEOPLE,
            POSTS, MEMBERSHIPS);

    static final Section BODIES = new Section("bodies", BODY, List.of(Field.required("id"), Field.required("name"),
            Field.enumeration("kind", BodyKind.class, true), Field.enumeration("sector", Sector.class, true), VALID_FROM,
            VALID_TO, Field.of("website", Type.URL), Field.of("email", Type.EMAIL), Field.text("phone"), ILLUSTRATIVE,
            SOURCE, NOTE));

    static final Section SCHOOLS = new Section("schools", SCHOOL, List.of(Field.integer("urn", true, 100000, 999999),
            Field.required("name"), Field.reference("district", true, "IN_DISTRICT", Set.of(DISTRICT)),
            Field.text("postcode"), Field.integer("easting", false, 0, 700000), Field.integer("northing", false, 0, 1300000),
            Field.required("phase"), Field.required("type"), Field.text("town"), SOURCE, VALID_FROM, VALID_TO, NOTE));

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
