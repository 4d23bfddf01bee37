package org.trustmap.api;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds on what one request may ask, checked before anything runs: how deep the selection goes, and
 * how much it could return, each list counting as {@value #LIST_FACTOR} times what is inside it.
 * Page sizes and node counts are bounded by each field's own arguments; a request that still runs too
 * long is stopped by the database (trustmap.api.query-timeout).
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    static final int LIST_FACTOR = 3;

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${trustmap.api.max-depth:15}") int depth) {
        return new MaxQueryDepthInstrumentation(depth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${trustmap.api.max-complexity:5000}") int complexity) {
        FieldComplexityCalculator calculator = (environment, childComplexity) ->
                1 + childComplexity * (isList(environment.getFieldDefinition().getType()) ? LIST_FACTOR : 1);
        return new MaxQueryComplexityInstrumentation(complexity, calculator);
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }
}
