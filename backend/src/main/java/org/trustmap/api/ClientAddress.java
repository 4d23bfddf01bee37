package org.trustmap.api;

import java.net.InetSocketAddress;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the client's address (the proxy's client when a trusted proxy forwarded the request) into the
 * GraphQL context, for the per-address limits on corrections and messages.
 */
@Component
public class ClientAddress implements WebGraphQlInterceptor {

    public static final String KEY = "clientAddress";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        InetSocketAddress remote = request.getRemoteAddress();
        String address = remote == null ? "unknown" : remote.getAddress() == null ? remote.getHostString()
                : remote.getAddress().getHostAddress();
        request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(context -> context.put(KEY, address)).build());
        return chain.next(request);
    }
}
