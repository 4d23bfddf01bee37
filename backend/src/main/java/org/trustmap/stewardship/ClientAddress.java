package org.trustmap.stewardship;

import java.net.InetSocketAddress;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the client's address into the GraphQL context, for the limit on corrections per address. */
@Component
class ClientAddress implements WebGraphQlInterceptor {

    static final String KEY = ClientAddress.class.getName();

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
