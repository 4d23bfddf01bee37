package org.trustmap.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.WiringFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.trustmap.api.GraphQlWiring;

/**
 * The API's schema (the SDL and trustmap's own wiring) as plain graphql-java, without Spring: tests give it the
 * query fields they ask, so that a document runs in milliseconds and without a database.
 */
public final class TrustmapSchema {

    private TrustmapSchema() {
    }

    /** @param queryFields data fetchers of fields of {@code Query}, by name */
    public static GraphQL withQueryFields(Map<String, DataFetcher<?>> queryFields) {
        TypeDefinitionRegistry types = sdl();
        GraphQlWiring trustmap = new GraphQlWiring();
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        trustmap.configure(wiring);
        List<WiringFactory> factories = new ArrayList<>();
        trustmap.configure(wiring, factories);
        factories.forEach(wiring::wiringFactory);
        wiring.type("Query", query -> query.dataFetchers(Map.copyOf(queryFields)));
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(types, wiring.build())).build();
    }

    /** The SDL files of {@code schema/graphql}, parsed into one registry. */
    public static TypeDefinitionRegistry sdl() {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
                try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    types.merge(new SchemaParser().parse(reader));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }
}
