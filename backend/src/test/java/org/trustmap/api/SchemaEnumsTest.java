package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.trustmap.network.AuthorityKind;
import org.trustmap.network.BodyKind;
import org.trustmap.network.ContactConsent;
import org.trustmap.network.MembershipRole;
import org.trustmap.network.PartnershipKind;
import org.trustmap.network.PathKind;
import org.trustmap.network.PostRole;
import org.trustmap.network.Sector;

/**
 * The schema's enums and the Java enums the rules, the import and the answers use are one list each: a value
 * added on one side only fails here. An enum that exists only in the schema must be named as such below.
 */
@Tag("fast")
class SchemaEnumsTest {

    private static final Map<String, Class<?>> JAVA = Map.of(
            "AuthorityKind", AuthorityKind.class, "BodyKind", BodyKind.class, "MembershipRole", MembershipRole.class,
            "PartnershipKind", PartnershipKind.class, "PathKind", PathKind.class, "PostRole", PostRole.class,
            "Sector", Sector.class, "ContactConsentLevel", ContactConsent.class,
            "CheckReason", javaEnum("org.trustmap.stewardship.NeedsCheckingController$CheckReason"));

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
    void everySchemaEnumHasTheValuesOfItsJavaEnumInTheSameOrder() throws IOException {
        Map<String, List<String>> schema = schemaEnums();

        assertThat(schema.keySet()).as("every schema enum is either mapped to a Java enum or named schema-only")
                .containsExactlyInAnyOrderElementsOf(union(JAVA.keySet(), SCHEMA_ONLY));
        JAVA.forEach((name, type) -> assertThat(schema.get(name)).as(name)
                .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()));
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
