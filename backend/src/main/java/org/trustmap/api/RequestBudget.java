package org.trustmap.api;

import java.time.Duration;

import graphql.GraphQLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The time one GraphQL request may take, counted from its arrival, so that parsing and validating it
 * use up the same budget as its database queries: each query gets what is left (at most
 * trustmap.api.query-timeout), and none starts once it is spent.
 */
@Component
class RequestBudget implements WebGraphQlInterceptor {

    private static final String DEADLINE = RequestBudget.class.getName() + ".deadline";

    private final Duration budget;

    RequestBudget(@Value("${trustmap.api.request-time:10s}") Duration budget) {
        this.budget = budget;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        long deadline = System.nanoTime() + budget.toNanos();
        request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(context -> context.put(DEADLINE, deadline)).build());
        return chain.next(request);
    }

    /** What is left of the request's time, at most {@code ceiling}; throws once nothing is. */
    static Duration remaining(GraphQLContext context, Duration ceiling) {
        Long deadline = context.get(DEADLINE);
        if (deadline == null) {
            return ceiling;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new Exhausted();
        }
        // Whole milliseconds, rounded up: the driver rounds a fraction up itself but logs a line at INFO for
        // each query it does that for, which was one log line per database query of every request.
        long millis = (Math.min(left, ceiling.toNanos()) + 999_999) / 1_000_000;
        return Duration.ofMillis(millis);
    }

    /** The request used up its time before this database query could start. */
    static final class Exhausted extends RuntimeException {

        Exhausted() {
            super("This request took too long to answer; ask for less in one request (fewer fields, fewer hops) "
                    + "and ask again.");
        }
    }
}
