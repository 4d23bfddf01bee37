package org.trustmap.api;

import java.util.List;
import java.util.Map;

import graphql.TrivialDataFetcher;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's scalars, interface resolution by {@code __typename} and the default field reader, in one
 * place: the application's schema and the fast tests' schema (no Spring context) are wired the same way.
 */
public final class GraphQlWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.scalar(DateScalar.INSTANCE)
                .scalar(ExtendedScalars.DateTime)
                .scalar(ExtendedScalars.Url)
                .scalar(ExtendedScalars.GraphQLLong)
                .scalar(PartialDateScalar.INSTANCE);
        for (String type : List.of("Node", "Organisation", "Area")) {
            wiring.type(type, builder -> builder.typeResolver(BY_TYPENAME));
        }
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring, List<WiringFactory> factories) {
        factories.add(new ProjectedFields());
    }

    /** Interfaces are resolved from the {@code __typename} every projection carries. */
    private static final TypeResolver BY_TYPENAME = env -> {
        Object value = env.getObject();
        String name = value instanceof Map<?, ?> map ? (String) map.get("__typename") : value.getClass().getSimpleName();
        GraphQLObjectType type = env.getSchema().getObjectType(name);
        if (type == null) {
            throw new IllegalStateException("No GraphQL type " + name + " for " + env.getFieldType());
        }
        return type;
    };

    /**
     * Reads fields from the maps a {@link Projection} returns, by result key so that aliases work (the
     * same field asked twice with different arguments), and from Java records otherwise.
     */
    private static final class ProjectedFields implements WiringFactory {

        // Trivial: it only reads what the query already fetched, so graphql-java and Spring's observation
        // instrumentation skip it (an observation per field was a tenth of a findRepresentatives request).
        private static final DataFetcher<Object> FETCHER = (TrivialDataFetcher<Object>) env -> {
            Object source = env.getSource();
            if (source instanceof Map<?, ?> map) {
                String key = env.getField().getResultKey();
                return map.containsKey(key) ? map.get(key) : map.get(env.getField().getName());
            }
            return PropertyDataFetcher.fetching(env.getFieldDefinition().getName()).get(env);
        };

        @Override
        public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
            return FETCHER;
        }
    }
}
