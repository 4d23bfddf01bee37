package org.trustmap.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where failures become GraphQL errors: expected ones with their own message, anything
 * else with a plain sentence and no internals (the details go to the log under an id).
 */
@ControllerAdvice
class GraphQlErrors {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @GraphQlExceptionHandler
    GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of());
    }

    @GraphQlExceptionHandler
    GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.NOT_FOUND, ex.getMessage(), Map.of("suggestions", ex.suggestions()));
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message,
            Map<String, Object> extensions) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
    }
}
