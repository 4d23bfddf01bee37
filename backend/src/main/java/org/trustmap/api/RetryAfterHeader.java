package org.trustmap.api;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A GraphQL answer the database could not give (unavailable or busy) stays HTTP 200, as the GraphQL over
 * HTTP specification asks of a request that was executed, but carries {@code Retry-After} as a 503 would.
 */
@Component
class RetryAfterHeader implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> response.getErrors().stream()
                .map(error -> error.getExtensions().get(GraphQlErrors.RETRY_AFTER))
                .filter(Integer.class::isInstance).map(Integer.class::cast).max(Integer::compare)
                .ifPresent(seconds -> response.getResponseHeaders().set("Retry-After", String.valueOf(seconds))));
    }
}
