package org.trustmap.messages;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the client's network address in the GraphQL context, for the per-client limits of messages. */
@Component
class ClientAddress implements WebGraphQlInterceptor {

    static final String KEY = "clientAddress";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var address = request.getRemoteAddress();
        String text = address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, text)).build());
        return chain.next(request);
    }
}
