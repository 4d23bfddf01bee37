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
import org.trustmap.database.DatabaseFault;

/**
 * The one place where failures become GraphQL errors: expected ones with their own message, anything
 * else with a plain sentence and no internals (the details go to the log under an id).
 */
@ControllerAdvice
class GraphQlErrors {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);
    /** Not a client's mistake nor a bug: the service cannot answer now; {@code extensions.retryAfter} says when to. */
    static final graphql.ErrorClassification UNAVAILABLE = graphql.ErrorClassification.errorClassification("UNAVAILABLE");
    static final String RETRY_AFTER = "retryAfter";

    @GraphQlExceptionHandler
    GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of());
    }

    @GraphQlExceptionHandler
    GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.NOT_FOUND, ex.getMessage(), Map.of("suggestions", ex.suggestions()));
    }

    @GraphQlExceptionHandler
    GraphQLError denied(org.springframework.security.access.AccessDeniedException ex, DataFetchingEnvironment env) {
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = user == null || !user.isAuthenticated()
                || user instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
        if (anonymous) {
            return error(env, ErrorType.UNAUTHORIZED, signIn(env), Map.of());
        }
        return error(env, ErrorType.FORBIDDEN, ex instanceof org.trustmap.security.OtherAuthorityException
                ? ex.getMessage() : "Your account may not do this.", Map.of());
    }

    @GraphQlExceptionHandler
    GraphQLError unauthenticated(org.springframework.security.core.AuthenticationException ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.UNAUTHORIZED, signIn(env), Map.of());
    }

    /** Only mutations and the audit trail need an account: say which one is wanted for what was asked. */
    private static String signIn(DataFetchingEnvironment env) {
        return env.getOperationDefinition().getOperation() == graphql.language.OperationDefinition.Operation.QUERY
                ? "Sign in as an editor or admin to read the history."
                : "Sign in as an editor to change the network.";
    }

    /** The database is away, needs a restart or is busy: say so plainly and quickly, with when to retry. */
    @GraphQlExceptionHandler({org.neo4j.driver.exceptions.ServiceUnavailableException.class,
            org.neo4j.driver.exceptions.SessionExpiredException.class,
            org.neo4j.driver.exceptions.ConnectionReadTimeoutException.class})
    GraphQLError databaseAway(Exception ex, DataFetchingEnvironment env) {
        return fault(DatabaseFault.of(ex).orElse(DatabaseFault.UNAVAILABLE), ex, env);
    }

    private static GraphQLError fault(DatabaseFault fault, Exception ex, DataFetchingEnvironment env) {
        log.warn("{} answering {}: {}", fault.code(), env.getField().getName(), ex.getMessage());
        return error(env, UNAVAILABLE, fault.message(), Map.of("code", fault.code(), RETRY_AFTER,
                fault.retryAfterSeconds()));
    }

    /** A question the database stopped because it took too long. */
    @GraphQlExceptionHandler(org.neo4j.driver.exceptions.ClientException.class)
    GraphQLError databaseRefused(org.neo4j.driver.exceptions.ClientException ex, DataFetchingEnvironment env) {
        if (DatabaseFault.of(ex).isPresent()) {
            return fault(DatabaseFault.of(ex).get(), ex, env);
        }
        String reference = java.util.UUID.randomUUID().toString();
        boolean timeout = String.valueOf(ex.code()).contains("TransactionTimedOut")
                || String.valueOf(ex.getMessage()).contains("timed out");
        log.warn("Query refused by the database (reference {}): {}", reference, ex.getMessage());
        return error(env, ErrorType.INTERNAL_ERROR, timeout ? tookTooLong(env.getField().getName())
                : "The database could not answer this request (reference " + reference + ").",
                Map.of("code", timeout ? "TIMEOUT" : "DATABASE_ERROR", "reference", reference));
    }

    /** The request's time budget ran out before one of its database queries could start. */
    @GraphQlExceptionHandler
    GraphQLError outOfTime(RequestBudget.Exhausted ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of("code", "TIMEOUT"));
    }

    /**
     * Only the drawing and the lists can be made smaller; a lookup cannot, so it is never told to narrow
     * what it asks ("fewer hops" means nothing to someone who typed a postcode).
     */
    private static String tookTooLong(String field) {
        return switch (field) {
            case "neighbourhood", "authorityNetwork", "bodies", "partnerships", "people", "posts", "schools", "districts" ->
                    "This question took too long to answer; narrow it (fewer hops, a smaller page) and ask again.";
            default -> "trustmap is busy and could not answer in time; please try again in a moment.";
        };
    }

    /** Anything unexpected: a plain sentence with a reference to the log, never the internals. */
    @GraphQlExceptionHandler
    GraphQLError unexpected(RuntimeException ex, DataFetchingEnvironment env) {
        if (DatabaseFault.of(ex).isPresent()) {
            return fault(DatabaseFault.of(ex).get(), ex, env);
        }
        String reference = java.util.UUID.randomUUID().toString();
        log.error("Unexpected failure answering {} (reference {})", env.getField().getName(), reference, ex);
        return error(env, ErrorType.INTERNAL_ERROR, "Something went wrong answering this request (reference "
                + reference + ").", Map.of("code", "INTERNAL", "reference", reference));
    }

    private static GraphQLError error(DataFetchingEnvironment env, graphql.ErrorClassification type, String message,
            Map<String, Object> extensions) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
    }
}
