package org.trustmap.api;

import java.util.Map;

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
 * how much it could return, each list counting as {@value #LIST_FACTOR} times what is inside it. Every
 * top-level field is a database query and costs at least trustmap.api.database-query-cost however
 * little it selects (aliases included: each alias is another query), plus one per node a drawing may
 * hold at each step ({@code limit} times {@code hops}). Page sizes and node counts are bounded by each
 * field's own arguments; a request that still runs too long is stopped by its time budget
 * ({@link RequestBudget}).
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    static final int LIST_FACTOR = 3;

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${trustmap.api.max-depth:15}") int depth) {
        return new MaxQueryDepthInstrumentation(depth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${trustmap.api.max-complexity:5000}") int complexity,
            @Value("${trustmap.api.database-query-cost:100}") int databaseQueryCost) {
        FieldComplexityCalculator calculator = (environment, childComplexity) -> {
            long own = 1 + (long) childComplexity * (isList(environment.getFieldDefinition().getType()) ? LIST_FACTOR : 1);
            if (environment.getParentEnvironment() == null && !environment.getField().getName().startsWith("__")) {
                own += databaseQueryCost + drawnNodes(environment.getArguments());
            }
            return (int) Math.min(own, Integer.MAX_VALUE / 4);
        };
        return new MaxQueryComplexityInstrumentation(complexity, calculator);
    }

    /** How many nodes a drawing ({@code neighbourhood}, {@code authorityNetwork}) may visit. */
    private static long drawnNodes(Map<String, Object> arguments) {
        if (!(arguments.get("limit") instanceof Number limit)) {
            return 0;
        }
        long steps = arguments.get("hops") instanceof Number hops ? hops.longValue() : 1;
        return Math.max(0, limit.longValue()) * Math.max(1, steps);
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }
}
