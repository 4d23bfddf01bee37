package org.trustmap.api;

import static org.trustmap.api.FieldSpec.active;
import static org.trustmap.api.FieldSpec.many;
import static org.trustmap.api.FieldSpec.one;
import static org.trustmap.api.FieldSpec.value;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trustmap.fields.Catalogue;
import org.trustmap.fields.EntityField;
import org.trustmap.fields.Use;
import org.trustmap.network.ContactConsent;
import org.trustmap.network.EntityKind;

/**
 * Where each field of the GraphQL types lives in the graph: an entity's plain values come from the fields
 * catalogue ({@link Catalogue}), the rest (relationships, computed answers) are written here. {@link Projection} turns a request's
 * selection into one Cypher query with it, so nesting never costs another round trip.
 */
final class GraphMapping {

    /** Concrete types by the labels that tell them apart, most specific first. */
    static final Map<String, String> LABEL_OF = labels();

    static final Set<String> ABSTRACT = Set.of("Node", "Organisation", "Area");

    /** The concrete types each interface of the schema may hold (SchemaFieldsTest holds it to the SDL). */
    private static final Map<String, List<String>> IMPLEMENTATIONS = Map.of(
            "Node", List.copyOf(LABEL_OF.keySet()),
            "Organisation", List.of("School", "Body"),
            "Area", List.of("District", "Authority"));

    private static final Map<String, Map<String, FieldSpec>> TYPES = new HashMap<>();

    private static final FieldSpec VALID_FROM = value("{x}.validFrom");
    private static final FieldSpec VALID_TO = value("{x}.validTo");
    private static final FieldSpec VERSION = value("coalesce({x}.version, 0)");
    private static final FieldSpec ACTIVE = value(active("{x}"));
    private static final FieldSpec SOURCE = one("MATCH ({y}:Source) WHERE {y}.id = {x}.source", "Source");
    private static final FieldSpec SEATS = many("MATCH ({x})<-[:ON_BEHALF_OF]-({y}:Membership) WHERE " + active("{y}"),
            "Seat", "{y}.validFromDate DESC");
    private static final FieldSpec BODY_DUTIES = many("MATCH ({x})-[{y}:DUTY_TO_COOPERATE]->({y}_to:Partnership) WHERE "
            + active("{y}") + " WITH {x} AS {y}_from, {y}, {y}_to", "Duty", "{y}_to.name");
    /** What trustmap holds for an authority: its network file says, and an authority with none is NONE. */
    static final String COVERAGE_LEVEL = "CASE WHEN {x}.dataset IS NULL THEN 'NONE' ELSE coalesce({x}.coverage, 'NETWORK') END";
    private static final FieldSpec DISTRICT = one("MATCH ({x})-[:IN_DISTRICT]->({y}:District)", "District");

    static {
        type("Authority", Map.of(
                "districts", many("MATCH ({y}:District)-[:IN_AUTHORITY]->({x})", "District", "{y}.name"),
                "trusts", many("MATCH ({y}:Partnership {kind: 'CHILDRENS_TRUST'})-[:COVERS]->({x})", "Partnership",
                        "{y}.name"),
                "partnerships", many("MATCH ({y}:Partnership {dataset: {x}.id}) WHERE ({$kind} IS NULL OR {y}.kind = {$kind}) AND "
                        + active("{y}"), "Partnership", "{y}.name"),
                "coverage", new FieldSpec.Same("AuthorityCoverage", null)));
        // The coverage register's row of an authority, read from the authority node itself.
        type("AuthorityCoverage", Map.of("authority", new FieldSpec.Same("Authority", null),
                "level", value(COVERAGE_LEVEL), "dataAsAt", value("{x}.dataAsAt"),
                "sources", many("MATCH ({y}:Source) WHERE {y}.id IN coalesce({x}.sourceIds, [{x}.source])", "Source",
                        "{y}.id"),
                "partnerships", value("COUNT { MATCH ({x}_cp:Entity {dataset: {x}.id}) USING INDEX {x}_cp:Entity(dataset) "
                        + "WHERE {x}_cp:Partnership AND " + active("{x}_cp") + " }"),
                "seats", value("COUNT { MATCH ({x}_cs:Entity {dataset: {x}.id}) USING INDEX {x}_cs:Entity(dataset) "
                        + "WHERE {x}_cs:Post AND " + active("{x}_cs") + " }"),
                "verifiedSeats", value("COUNT { MATCH ({x}_cv:Entity {dataset: {x}.id}) USING INDEX {x}_cv:Entity(dataset) "
                        + "WHERE {x}_cv:Membership AND {x}_cv.lastVerified IS NOT NULL AND " + active("{x}_cv") + " }")));
        type("District", Map.of(
                "authority", one("MATCH ({x})-[:IN_AUTHORITY]->({y}:Authority)", "Authority"),
                "partnerships", many("MATCH ({y}:Partnership)-[{y}_r:COVERS]->({x}) WHERE ({$kind} IS NULL OR {y}.kind = {$kind}) AND "
                        + active("{y}") + " AND " + active("{y}_r"), "Partnership", "{y}.name"),
                "clusters", many("MATCH ({y}:SchoolCluster)-[:IN_DISTRICT]->({x})", "SchoolCluster", "{y}.name"),
                "schools", new FieldSpec.Relation("MATCH ({y}:School)-[:IN_DISTRICT]->({x})", "School", true, "{y}.name",
                        "first"),
                "bodies", many("MATCH ({y}:Body)-[:BASED_IN]->({x}) WHERE NOT {y}:School AND ({$kind} IS NULL OR {y}.kind = {$kind})",
                        "Body", "{y}.name")));
        type("Body", entries("contact", new FieldSpec.Same("Contact", null), "source", SOURCE,
                "basedIn", many("MATCH ({x})-[:BASED_IN]->({y})", "Area", "{y}.name"),
                "seats", SEATS, "duties", BODY_DUTIES,
                "predecessors", many("MATCH ({y}:Body)-[:SUCCEEDED_BY]->({x})", "Body", "{y}.name"),
                "successors", many("MATCH ({x})-[:SUCCEEDED_BY]->({y}:Body)", "Body", "{y}.name"),
                "partOf", one("MATCH ({x})-[:PART_OF]->({y}:Body)", "Body"), "version", VERSION));
        type("School", entries("district", DISTRICT,
                "cluster", one("MATCH ({x})-[{y}_r:IN_CLUSTER]->({y}:SchoolCluster) WHERE " + active("{y}_r"),
                        "SchoolCluster"),
                "seats", SEATS, "duties", BODY_DUTIES));
        type("SchoolCluster", Map.of("district", DISTRICT,
                "schools", many("MATCH ({y}:School)-[{y}_r:IN_CLUSTER]->({x}) WHERE " + active("{y}_r"), "School",
                        "{y}.name"),
                "partnerships", many("MATCH ({y}:Partnership)-[{y}_r:BUILT_AROUND]->({x}) WHERE " + active("{y}_r")
                        + " AND " + active("{y}"), "Partnership", "{y}.name"),
                "source", SOURCE));
        type("Partnership", entries("active", ACTIVE, "source", SOURCE,
                "authority", one("MATCH ({y}:Authority {id: {x}.dataset})", "Authority"),
                "areas", many("MATCH ({x})-[{y}_r:COVERS]->({y}) WHERE " + active("{y}_r"), "Area", "{y}.name"),
                "partOf", one("MATCH ({x})-[{y}_r:PART_OF]->({y}:Partnership) WHERE " + active("{y}_r"), "Partnership"),
                "parts", outgoingOrIncoming("({y}:Partnership)-[{y}_r:PART_OF]->({x})"),
                "reportsTo", outgoingOrIncoming("({x})-[{y}_r:REPORTS_TO]->({y}:Partnership)"),
                "subGroups", outgoingOrIncoming("({y}:Partnership)-[{y}_r:SUB_GROUP_OF]->({x})"),
                "coordinatedBy", outgoingOrIncoming("({y}:Partnership)-[{y}_r:COORDINATES]->({x})"),
                "coordinates", outgoingOrIncoming("({x})-[{y}_r:COORDINATES]->({y}:Partnership)"),
                "linksTo", outgoingOrIncoming("({x})-[{y}_r:LINKS_TO]->({y}:Partnership)"),
                "clusters", many("MATCH ({x})-[{y}_r:BUILT_AROUND]->({y}:SchoolCluster) WHERE " + active("{y}_r"),
                        "SchoolCluster", "{y}.name"),
                "posts", many("MATCH ({y}:Post)-[:SEAT_ON]->({x}) WHERE " + active("{y}")
                        + " AND ({$sector} IS NULL OR {y}.sector = {$sector})", "Post", "{y}.name"),
                "duties", many("MATCH ({y}_from)-[{y}:DUTY_TO_COOPERATE]->({x}) WHERE " + active("{y}")
                        + " WITH {y}_from, {y}, {x} AS {y}_to", "Duty", "{y}_from.name"),
                "leadBy", many("MATCH ({y}:Body)-[:LEADS]->({x})", "Body", "{y}.name"),
                "predecessors", many("MATCH ({y}:Partnership)-[:SUCCEEDED_BY]->({x})", "Partnership", "{y}.name"),
                "successors", many("MATCH ({x})-[:SUCCEEDED_BY]->({y}:Partnership)", "Partnership", "{y}.name"),
                "plans", many("MATCH ({x})-[:OWNS]->({y}:Plan)", "Plan", "{y}.validFromDate"),
                "outcomes", many("MATCH ({x})-[:WORKS_TO]->({y}:Outcome)", "Outcome", "{y}.position"),
                "version", VERSION));
        type("Post", Map.ofEntries(
                Map.entry("partnership", one("MATCH ({x})-[:SEAT_ON]->({y}:Partnership)", "Partnership")),
                Map.entry("body", one("MATCH ({x})-[:SEAT_ON]->({y}:Body)", "Organisation")),
                Map.entry("area", one("MATCH ({x})-[:FOR_AREA]->({y})", "Area")),
                Map.entry("holders", many("MATCH ({y}:Membership)-[:OF_POST]->({x}) WHERE " + active("{y}"), "Membership",
                        "{y}.validFromDate")),
                Map.entry("vacant", value(active("{x}") + " AND NOT EXISTS { MATCH ({x}_m:Membership)-[:OF_POST]->({x}) WHERE "
                        + active("{x}_m") + " }")),
                Map.entry("history", many("MATCH ({y}:Membership)-[:OF_POST]->({x})", "Membership", "{y}.validFromDate")),
                Map.entry("version", VERSION)));
        type("Membership", entries(
                "person", one("MATCH ({y}:Person)-[:HOLDS]->({x})", "Person"),
                "post", one("MATCH ({x})-[:OF_POST]->({y}:Post)", "Post"),
                "onBehalfOf", one("MATCH ({x})-[:ON_BEHALF_OF]->({y})", "Organisation"),
                "current", ACTIVE, "source", SOURCE, "version", VERSION));
        type("Seat", Map.of(
                "partnership", one("MATCH ({x})-[:OF_POST]->(:Post)-[:SEAT_ON]->({y}:Partnership)", "Partnership"),
                "post", one("MATCH ({x})-[:OF_POST]->({y}:Post)", "Post"),
                "membership", new FieldSpec.Same("Membership", null)));
        type("Person", entries(
                "contact", new FieldSpec.Same("Contact", "{x}.contactConsent = true"), "source", SOURCE,
                "memberships", many("MATCH ({x})-[:HOLDS]->({y}:Membership) WHERE {$includePast} OR " + active("{y}"),
                        "Membership", "{y}.validFromDate DESC"),
                "consent", new FieldSpec.Same("ContactConsentRecord", null),
                "acceptsMessages", value(ContactConsent.of("{x}") + " IN ['PUBLISHED', 'RELAY_ONLY'] AND {x}.email IS NOT NULL"
                        + " AND {x}.emailUndeliverableSince IS NULL"),
                "version", VERSION));
        type("ContactConsentRecord", Map.of("level", value(ContactConsent.of("{x}")),
                "recordedOn", value("{x}.contactConsentDate")));
        type("Duty", Map.of("partner", new FieldSpec.Bound("_from", "Organisation"),
                "partnership", new FieldSpec.Bound("_to", "Partnership"), "basis", value("{x}.basis"),
                "validFrom", VALID_FROM, "validTo", VALID_TO));
        type("Plan", Map.of(
                "owner", one("MATCH ({y}:Partnership)-[:OWNS]->({x})", "Partnership"),
                "agreements", many("MATCH ({x})-[:STRATEGY_FOR]->({y}:Agreement)", "Agreement", "{y}.name"),
                "source", SOURCE));
        type("Agreement", Map.of("source", SOURCE));
        type("Outcome", Map.of());
        type("Source", Map.of("id", value("{x}.id"), "title", value("{x}.title"), "url", value("{x}.url")));
        // Contact holds the contact details of people and bodies; a person's only with their consent (above).
        Map<String, FieldSpec> contact = new LinkedHashMap<>();
        for (EntityKind kind : List.of(EntityKind.PERSON, EntityKind.BODY)) {
            Catalogue.of(kind, Use.CONTACT).forEach(f -> contact.put(f.name(), plain(f)));
        }
        type("Contact", contact);
    }

    private GraphMapping() {
    }

    /** How a field of a concrete type is read; null when the type or field is not projected. */
    static FieldSpec field(String type, String field) {
        Map<String, FieldSpec> fields = TYPES.get(type);
        return fields == null ? null : fields.get(field);
    }

    /** The concrete types an interface may hold. */
    static List<String> implementations(String type) {
        return IMPLEMENTATIONS.get(type);
    }

    /** How each field of a type is read, by name; empty for a type that is not projected. */
    static Map<String, FieldSpec> fieldsOf(String type) {
        return TYPES.getOrDefault(type, Map.of());
    }

    static boolean isProjected(String type) {
        return TYPES.containsKey(type) || ABSTRACT.contains(type);
    }

    /** Cypher that names the concrete type of node {x}, for interface fields. */
    static String typeName(String variable, List<String> candidates) {
        StringBuilder cases = new StringBuilder("CASE");
        LABEL_OF.forEach((type, label) -> {
            if (candidates.contains(type)) {
                cases.append(" WHEN ").append(variable).append(':').append(label).append(" THEN '").append(type).append('\'');
            }
        });
        return cases.append(" END").toString();
    }

    private static FieldSpec outgoingOrIncoming(String pattern) {
        return many("MATCH " + pattern + " WHERE " + active("{y}_r") + " AND " + active("{y}"), "Partnership", "{y}.name");
    }

    /** The type's fields: the plain values of its kind's catalogue entries, then those read here. */
    private static void type(String name, Map<String, FieldSpec> fields) {
        Map<String, FieldSpec> all = new LinkedHashMap<>();
        EntityKind.ofLabel(name).ifPresent(kind -> Catalogue.of(kind, Use.GRAPHQL)
                .forEach(f -> all.put(f.name(), plain(f))));
        all.putAll(fields);
        TYPES.put(name, all);
    }

    /** A catalogue field read from the node's property of the same name. */
    private static FieldSpec plain(EntityField field) {
        return value(field.absent() == null ? "{x}." + field.name() : "coalesce({x}." + field.name() + ", "
                + field.absent() + ")");
    }

    private static Map<String, FieldSpec> entries(Object... keysAndValues) {
        Map<String, FieldSpec> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (FieldSpec) keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("School", "School");
        labels.put("Body", "Body");
        labels.put("Partnership", "Partnership");
        labels.put("Person", "Person");
        labels.put("Post", "Post");
        labels.put("Membership", "Membership");
        labels.put("District", "District");
        labels.put("Authority", "Authority");
        labels.put("SchoolCluster", "SchoolCluster");
        labels.put("Plan", "Plan");
        labels.put("Agreement", "Agreement");
        labels.put("Outcome", "Outcome");
        return labels;
    }
}
