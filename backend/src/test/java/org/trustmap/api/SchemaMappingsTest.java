package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Controller;

/**
 * Spring for GraphQL's schema inspection over the SDL and the controllers' mappings as the application wires
 * them, with no database and no Spring Boot context: the controllers are bean definitions only (never created),
 * so the report sees their declared return types. A field of the schema that no controller method and no
 * property of the Java type behind it answers, an argument no schema field declares, a type the inspection cannot
 * see into, a registration for a field that does not exist: each fails here, by name. On 2026-12-01, before
 * the answers were records, it named 112 unmapped fields in 22 types and 38 types it could not see into.
 */
@Tag("fast")
class SchemaMappingsTest {

    @Test
    void everyFieldArgumentAndTypeOfTheSchemaIsMappedToJava() throws IOException {
        SchemaReport report = report();
        System.out.println(report);
        System.out.printf("Schema inspection: %d unmapped fields in %d types, %d skipped types (%d distinct, "
                + "projected ones checked against GraphMapping)%n", report.unmappedFields().size(),
                report.unmappedFields().stream().map(FieldCoordinates::getTypeName).distinct().count(),
                report.skippedTypes().size(),
                report.skippedTypes().stream().map(t -> GraphQLTypeUtil.simplePrint(t.type())).distinct().count());

        assertThat(named(report)).as("fields, arguments and types the schema inspection finds no Java for").isEmpty();
        assertThat(lines(report.unmappedRegistrations().keySet())).as("registrations for no field").isEmpty();
        assertThat(lines(report.fieldNullnessErrors().entrySet())).as("field nullness").isEmpty();
        assertThat(lines(report.argumentNullnessErrors().entrySet())).as("argument nullness").isEmpty();
    }

    /**
     * What the inspection names, one line each: a field ({@code Type.field}) that no controller method and no
     * property of the Java type behind it answers, an argument no schema field declares, a type it cannot see
     * into ({@code skipped Type at Parent.field}) unless the Projection answers it, and a field of a projected
     * type that GraphMapping does not map.
     */
    private static List<String> named(SchemaReport report) {
        List<String> named = new ArrayList<>();
        report.unmappedFields().forEach(field -> named.add(field.getTypeName() + "." + field.getFieldName()));
        report.unmappedArguments().forEach((fetcher, arguments) -> arguments.forEach(
                argument -> named.add("argument " + argument + " of " + fetcher)));
        report.skippedTypes().stream().filter(skipped -> !projected(skipped.type()))
                .forEach(skipped -> named.add("skipped " + GraphQLTypeUtil.simplePrint(skipped.type()) + " at "
                        + skipped.fieldCoordinates().getTypeName() + "." + skipped.fieldCoordinates().getFieldName()));
        report.schema().getAllTypesAsList().stream().filter(SchemaMappingsTest::projected)
                .map(GraphQLObjectType.class::cast)
                .forEach(type -> type.getFieldDefinitions().stream()
                        .filter(field -> GraphMapping.field(type.getName(), field.getName()) == null)
                        .forEach(field -> named.add("projected " + type.getName() + "." + field.getName()
                                + " has no GraphMapping entry")));
        return lines(named);
    }

    /**
     * A type the {@link Projection} answers: its shape follows the request's selection, keyed by result key so
     * that one field asked twice under two aliases with different arguments gets two values, which no record can
     * hold. The inspection cannot see into it, so this test checks it instead: every field of such a type must be
     * mapped to Cypher by {@link GraphMapping}.
     */
    private static boolean projected(GraphQLType type) {
        return type instanceof GraphQLObjectType object && GraphMapping.isProjected(object.getName());
    }

    /** The report as the application's {@code GraphQlSource} would build it, from the same wiring. */
    static SchemaReport report() throws IOException {
        try (GenericApplicationContext controllers = new GenericApplicationContext()) {
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
            for (var candidate : scanner.findCandidateComponents("org.trustmap")) {
                RootBeanDefinition definition = new RootBeanDefinition(candidate.getBeanClassName());
                definition.setLazyInit(true);
                controllers.registerBeanDefinition(candidate.getBeanClassName(), definition);
            }
            controllers.refresh();
            AnnotatedControllerConfigurer configurer = new AnnotatedControllerConfigurer();
            configurer.setApplicationContext(controllers);
            configurer.afterPropertiesSet();

            AtomicReference<SchemaReport> report = new AtomicReference<>();
            GraphQlSource.schemaResourceBuilder()
                    .schemaResources(new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls"))
                    .configureRuntimeWiring(configurer)
                    .configureRuntimeWiring(new GraphQlWiring())
                    .inspectSchemaMappings(report::set)
                    .build();
            return report.get();
        }
    }

    private static List<String> lines(Iterable<?> items) {
        List<String> lines = new ArrayList<>();
        items.forEach(item -> lines.add(String.valueOf(item)));
        return new ArrayList<>(new TreeSet<>(lines));
    }
}
