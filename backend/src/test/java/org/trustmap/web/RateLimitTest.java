package org.trustmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The rate limit itself, driven with requests in memory (the shared test server runs without one). */
class RateLimitTest {

    final RateLimit limit = new RateLimit(true, 2, 5);

    @Test
    void anAnonymousClientPastItsBurstGets429WithRetryAfter() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        MockHttpServletResponse last = null;
        for (int i = 0; i < 8; i++) {
            last = send("203.0.113.7", null);
            statuses.add(last.getStatus());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
        assertThat(last.getHeader("Retry-After")).isEqualTo("1");
        assertThat(last.getContentAsString()).contains("Too many requests from your address");
    }

    @Test
    void eachAddressHasItsOwnAllowanceAndSignedInRequestsAreNotLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            send("203.0.113.8", null);
        }

        assertThat(send("203.0.113.8", null).getStatus()).isEqualTo(429);
        assertThat(send("203.0.113.9", null).getStatus()).isEqualTo(200);
        assertThat(send("203.0.113.8", "Basic ZWRpdG9yOng=").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse send(String address, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
