package org.trustmap.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Adds {@code extensions.dbRoundTrips}: how many database queries answered the request. */
@Component
class RoundTripsInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.transform(builder -> {
            Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
            extensions.put("dbRoundTrips", GraphReads.roundTrips(response.getExecutionInput().getGraphQLContext()));
            builder.extensions(extensions);
        }));
    }
}
