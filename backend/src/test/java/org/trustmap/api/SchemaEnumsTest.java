package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.trustmap.fields.Catalogue;
import org.trustmap.fields.FieldType;
import org.trustmap.network.AuthorityKind;
import org.trustmap.network.BodyKind;
import org.trustmap.network.ContactConsent;
import org.trustmap.network.Coverage;
import org.trustmap.network.EntityKind;
import org.trustmap.network.MembershipRole;
import org.trustmap.network.PartnershipKind;
import org.trustmap.network.PathKind;
import org.trustmap.network.PostRole;
import org.trustmap.network.RelationType;
import org.trustmap.network.Sector;

/**
 * Each enum has one source, its Java enum, which the rules, the import and the answers use; its copies in the
 * GraphQL schema and in the network file's JSON Schema (schema/import/network.schema.json) must list the same
 * values in the same order: a value added on one side only fails here. An enum that exists only in the GraphQL
 * schema must be named as such below, and every enum field of the fields catalogue must use one listed here.
 */
@Tag("fast")
class SchemaEnumsTest {

    private static final Map<String, Class<?>> JAVA = Map.of(
            "AuthorityKind", AuthorityKind.class, "BodyKind", BodyKind.class, "MembershipRole", MembershipRole.class,
            "PartnershipKind", PartnershipKind.class, "PathKind", PathKind.class, "PostRole", PostRole.class,
            "Sector", Sector.class, "ContactConsentLevel", ContactConsent.class,
            "CheckReason", javaEnum("org.trustmap.stewardship.NeedsCheckingController$CheckReason"));

    /** Java enums with a copy in the file format's JSON Schema, by the JSON pointer to its list of values. */
    private static final Map<Class<?>, String> FILE_FORMAT = Map.of(AuthorityKind.class, "/$defs/AuthorityKind/enum",
            BodyKind.class, "/$defs/BodyKind/enum", Sector.class, "/$defs/Sector/enum", PartnershipKind.class,
            "/$defs/PartnershipKind/enum", PostRole.class, "/$defs/PostRole/enum", MembershipRole.class,
            "/$defs/MembershipRole/enum", RelationType.class, "/$defs/RelationType/enum", Coverage.class,
            "/$defs/Coverage/enum", ContactConsent.class, "/properties/people/items/properties/contactConsentLevel/enum");

    /** Answer codes and sort keys written by the Cypher that answers, with no Java counterpart to drift from. */
    private static final Set<String> SCHEMA_ONLY = Set.of("ChangeKind", "CorrectionStatus", "CoverageLevel",
            "CoverageStatus", "DistrictKind", "LookupStatus", "OrderField", "PlaceKind", "RepresentationLevel",
            "SortDirection");

    /** An enum its package keeps to itself: read by name, so this test need not widen its visibility. */
    private static Class<?> javaEnum(String name) {
        try {
            return Class.forName(name);
        }
        catch (ClassNotFoundException ex) {
            throw new AssertionError("No Java enum " + name, ex);
        }
    }

    @Test
    void everyCopyOfAnEnumHasTheValuesOfItsJavaEnumInTheSameOrder() throws IOException {
        Map<String, List<String>> schema = schemaEnums();
        JsonNode fileFormat = JsonMapper.builder().build()
                .readTree(Path.of("..", "schema", "import", "network.schema.json").toFile());

        assertThat(schema.keySet()).as("every schema enum is either mapped to a Java enum or named schema-only")
                .containsExactlyInAnyOrderElementsOf(union(JAVA.keySet(), SCHEMA_ONLY));
        JAVA.forEach((name, type) -> assertThat(schema.get(name)).as(name).containsExactlyElementsOf(values(type)));
        FILE_FORMAT.forEach((type, pointer) -> assertThat(fileFormat.at(pointer).valueStream().map(JsonNode::asString)
                .toList()).as("network.schema.json " + pointer).containsExactlyElementsOf(values(type)));
        Set<Class<?>> listed = new HashSet<>(JAVA.values());
        listed.addAll(FILE_FORMAT.keySet());
        for (EntityKind kind : EntityKind.values()) {
            Catalogue.of(kind).stream().filter(f -> f.type() == FieldType.ENUM).forEach(f -> assertThat(listed)
                    .as(kind.label() + "." + f.name() + "'s enum has its copies checked here").contains(f.values()));
        }
    }

    private static List<String> values(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    private static Map<String, List<String>> schemaEnums() throws IOException {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                types.merge(new SchemaParser().parse(reader));
            }
        }
        Map<String, List<String>> enums = new TreeMap<>();
        types.getTypes(EnumTypeDefinition.class).forEach(type -> enums.put(type.getName(),
                type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList()));
        return enums;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
