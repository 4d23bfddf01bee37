package org.trustmap.fields;

import static org.trustmap.fields.EntityField.enumeration;
import static org.trustmap.fields.EntityField.integer;
import static org.trustmap.fields.EntityField.of;
import static org.trustmap.fields.EntityField.reference;
import static org.trustmap.fields.FieldType.BOOLEAN;
import static org.trustmap.fields.FieldType.DATE;
import static org.trustmap.fields.FieldType.EMAIL;
import static org.trustmap.fields.FieldType.ID;
import static org.trustmap.fields.FieldType.NAME;
import static org.trustmap.fields.FieldType.PHONE;
import static org.trustmap.fields.FieldType.POSTCODE;
import static org.trustmap.fields.FieldType.TEXT;
import static org.trustmap.fields.FieldType.TEXT_LIST;
import static org.trustmap.fields.FieldType.WEB_ADDRESS;
import static org.trustmap.network.EntityKind.AUTHORITY;
import static org.trustmap.network.EntityKind.BODY;
import static org.trustmap.network.EntityKind.DISTRICT;
import static org.trustmap.network.EntityKind.PARTNERSHIP;
import static org.trustmap.network.EntityKind.PERSON;
import static org.trustmap.network.EntityKind.POST;
import static org.trustmap.network.EntityKind.SCHOOL;

import java.util.List;
import java.util.Set;

import org.trustmap.network.AuthorityKind;
import org.trustmap.network.BodyKind;
import org.trustmap.network.ContactConsent;
import org.trustmap.network.Coverage;
import org.trustmap.network.MembershipRole;
import org.trustmap.network.PartnershipKind;
import org.trustmap.network.PostRole;
import org.trustmap.network.Sector;
import org.trustmap.rules.FieldRules;

/**
 * The fields of each kind of entity, in the order of the network file's columns. Read by the import and the
 * export (org.trustmap.importing.FileFormat), the editing mutations' checks (org.trustmap.editing.EditSpec),
 * GraphQL's projection of plain values (org.trustmap.api.GraphMapping) and the consent rules (the export and
 * the audit trail leave out what {@link Readers#CONSENTED} fields a person did not agree to). A new plain field
 * is one entry here plus its SDL (and the file format's JSON Schema when it is a file field).
 */
final class EntityFields {

    private static final EntityField ID_FIELD = of("id", ID).mustBeGiven();
    private static final EntityField NAME_FIELD = of("name", NAME).mustBeGiven();
    private static final EntityField VALID_FROM = of("validFrom", DATE);
    private static final EntityField VALID_TO = of("validTo", DATE);
    private static final EntityField ILLUSTRATIVE = of("illustrative", BOOLEAN).whenAbsent("false");
    private static final EntityField DERIVED = of("derived", BOOLEAN).whenAbsent("false");
    private static final EntityField DERIVATION_RULE = of("derivationRule", TEXT);
    /** The id of the source it comes from: GraphQL answers the Source itself, a relation in GraphMapping. */
    private static final EntityField SOURCE = fileOnly("source", TEXT).readBy(Readers.EVERYONE);
    private static final EntityField NOTE = fileOnly("note", TEXT);
    private static final EntityField NOTE_SHOWN = of("note", TEXT);

    static final List<EntityField> AUTHORITY_FIELDS = List.of(ID_FIELD, NAME_FIELD, of("onsCode", TEXT).mustBeGiven(),
            of("laCode", TEXT), enumeration("kind", AuthorityKind.class).mustBeGiven(),
            // GraphQL answers it as AuthorityCoverage.level, NONE for an authority with no network file.
            fileOnly("coverage", FieldType.ENUM, Coverage.class).readBy(Readers.EVERYONE),
            fileOnly("dataAsAt", DATE).readBy(Readers.EVERYONE), of("region", TEXT).only(Use.GRAPHQL), SOURCE, NOTE);

    static final List<EntityField> DISTRICT_FIELDS = List.of(ID_FIELD, NAME_FIELD, of("onsCode", TEXT).mustBeGiven(),
            of("kind", TEXT).only(Use.GRAPHQL), of("county", TEXT).only(Use.GRAPHQL), SOURCE, NOTE);

    static final List<EntityField> PARTNERSHIP_FIELDS = List.of(ID_FIELD, NAME_FIELD.edited(),
            enumeration("kind", PartnershipKind.class).mustBeGiven().edited(),
            of("statutory", BOOLEAN).whenAbsent("false").edited(), VALID_FROM.edited(), VALID_TO.edited(),
            ILLUSTRATIVE, DERIVED, DERIVATION_RULE, SOURCE.also(Use.CREATE), NOTE_SHOWN.edited());

    static final List<EntityField> SCHOOL_CLUSTER_FIELDS = List.of(ID_FIELD, NAME_FIELD,
            reference("district", "IN_DISTRICT", Set.of(DISTRICT)).mustBeGiven(), fileOnly("illustrative", BOOLEAN),
            DERIVED, DERIVATION_RULE, SOURCE, NOTE);

    static final List<EntityField> PLAN_FIELDS = List.of(ID_FIELD, NAME_FIELD, of("kind", TEXT).mustBeGiven(),
            integer("edition", 1, 100), VALID_FROM, VALID_TO, of("priorities", TEXT_LIST).whenAbsent("[]"), SOURCE,
            NOTE);

    static final List<EntityField> AGREEMENT_FIELDS = List.of(ID_FIELD, NAME_FIELD, VALID_FROM, VALID_TO,
            of("targets", TEXT_LIST).whenAbsent("[]"), SOURCE, NOTE_SHOWN);

    static final List<EntityField> PERSON_FIELDS = List.of(ID_FIELD, NAME_FIELD.edited(),
            of("honorific", TEXT).edited(), of("honorificSuffix", TEXT).edited(), contactDetail("email", EMAIL),
            contactDetail("phone", PHONE),
            // The consent is answered as Person.consent (ContactConsentRecord) and decides Person.contact.
            fileOnly("contactConsent", BOOLEAN).readBy(Readers.EVERYONE).edited(),
            fileOnly("contactConsentDate", DATE).readBy(Readers.EVERYONE),
            fileOnly("contactConsentLevel", FieldType.ENUM, ContactConsent.class).readBy(Readers.EVERYONE).edited(),
            fileOnly("contactConsentRecordedBy", TEXT), ILLUSTRATIVE, SOURCE.also(Use.CREATE), NOTE);

    static final List<EntityField> POST_FIELDS = List.of(ID_FIELD, NAME_FIELD.edited(),
            reference("organisation", "SEAT_ON", Set.of(PARTNERSHIP, BODY, SCHOOL)).mustBeGiven(),
            enumeration("role", PostRole.class).mustBeGiven().edited(), enumeration("sector", Sector.class).edited(),
            reference("area", "FOR_AREA", Set.of(DISTRICT, AUTHORITY)), VALID_FROM.edited(), VALID_TO.edited(),
            integer("maxHolders", 1, FieldRules.MAX_HOLDERS).whenAbsent("1").edited(), fileOnly("illustrative", BOOLEAN),
            SOURCE, NOTE);

    static final List<EntityField> MEMBERSHIP_FIELDS = List.of(ID_FIELD,
            reference("person", "HOLDS", Set.of(PERSON)).mustBeGiven().pointingHere(),
            reference("post", "OF_POST", Set.of(POST)).mustBeGiven(),
            reference("onBehalfOf", "ON_BEHALF_OF", Set.of(BODY, SCHOOL)),
            enumeration("role", MembershipRole.class).mustBeGiven().edited(), VALID_FROM.mustBeGiven().edited(),
            VALID_TO.edited(), SOURCE.also(Use.CREATE), of("sourceUrl", WEB_ADDRESS).edited(), of("lastVerified", DATE),
            ILLUSTRATIVE, NOTE);

    static final List<EntityField> BODY_FIELDS = List.of(ID_FIELD, NAME_FIELD.edited(),
            enumeration("kind", BodyKind.class).mustBeGiven().edited(), enumeration("sector", Sector.class).mustBeGiven().edited(),
            VALID_FROM.edited(), VALID_TO.edited(), contactDetail("website", WEB_ADDRESS).readBy(Readers.EVERYONE),
            contactDetail("email", EMAIL).readBy(Readers.EVERYONE), contactDetail("phone", PHONE).readBy(Readers.EVERYONE),
            ILLUSTRATIVE, SOURCE.also(Use.CREATE), NOTE_SHOWN.edited());

    /** A school's id is its URN's ({@code school:100001}), its kind and sector follow from its register type. */
    static final List<EntityField> SCHOOL_FIELDS = List.of(of("id", ID).only(Use.GRAPHQL),
            integer("urn", 100000, 999999).mustBeGiven(), NAME_FIELD,
            reference("district", "IN_DISTRICT", Set.of(DISTRICT)).mustBeGiven(), of("kind", TEXT).only(Use.GRAPHQL),
            of("sector", TEXT).only(Use.GRAPHQL), of("postcode", POSTCODE), integer("easting", 0, 700000),
            integer("northing", 0, 1300000), of("phase", TEXT).mustBeGiven(), of("type", TEXT).mustBeGiven(), of("town", TEXT),
            SOURCE, VALID_FROM.only(Use.FILE).readBy(Readers.ADMINS), VALID_TO.only(Use.FILE).readBy(Readers.ADMINS), NOTE);

    static final List<EntityField> OUTCOME_FIELDS = List.of(ID_FIELD.only(Use.GRAPHQL), NAME_FIELD.only(Use.GRAPHQL),
            integer("position", 1, 100).only(Use.GRAPHQL));

    private EntityFields() {
    }

    /** In the file only: admins read it in the export; GraphQL does not answer it. */
    private static EntityField fileOnly(String name, FieldType type) {
        return of(name, type).only(Use.FILE).readBy(Readers.ADMINS);
    }

    private static EntityField fileOnly(String name, FieldType type, Class<? extends Enum<?>> values) {
        return enumeration(name, values).only(Use.FILE).readBy(Readers.ADMINS);
    }

    /** A person's email or telephone: shown (in Contact) only with their consent, edited, in the file. */
    private static EntityField contactDetail(String name, FieldType type) {
        return of(name, type).only(Use.CONTACT, Use.FILE).readBy(Readers.CONSENTED).edited();
    }
}
