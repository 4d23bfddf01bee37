package org.trustmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rate limit itself, driven with requests in memory (the shared test server runs without one; the
 * real chain, where sign-in is decided first, is tested over HTTP in security.AbuseTest).
 */
@Tag("fast")
class RateLimitTest {

    final RateLimit limit = new RateLimit(true, new RateLimit.Allowance(5, 2), new RateLimit.Allowance(8, 2));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

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
    void anAuthorizationHeaderThatDidNotSignInIsLimitedAsAnonymous() throws Exception {
        RateLimit large = new RateLimit(true, new RateLimit.Allowance(50, 1), new RateLimit.Allowance(1_000, 1));
        for (int i = 0; i < 50; i++) {
            send(large, "203.0.113.8", null);
        }
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(send(large, "203.0.113.8", i % 2 == 0 ? "Bearer junk" : "Basic ZWRpdG9yOng=").getStatus());
        }

        assertThat(statuses).contains(429);
        assertThat(send(large, "203.0.113.9", null).getStatus()).isEqualTo(200);
    }

    @Test
    void aSignedInAccountHasItsOwnAllowanceWhereverItComesFrom() throws Exception {
        for (int i = 0; i < 5; i++) {
            send("203.0.113.10", null);
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("editor",
                null, AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(send("203.0.113." + (10 + i % 2), null).getStatus());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 200, 200, 429, 429);
    }

    @Test
    void aLargeRequestCountsOncePerStartedFourKilobytes() throws Exception {
        MockHttpServletResponse large = send(limit, "203.0.113.13", null, 4 * 4096 + 1);
        MockHttpServletResponse small = send(limit, "203.0.113.13", null, 100);

        // 17 KB: five of the burst of five, so nothing is left for the small one.
        assertThat(large.getStatus()).isEqualTo(200);
        assertThat(small.getStatus()).isEqualTo(429);
        assertThat(send(limit, "203.0.113.14", null, 4096).getStatus()).isEqualTo(200);
    }

    @Test
    void aFloodOfNewAddressesDoesNotGiveADrainedClientItsBurstBack() throws Exception {
        RateLimit small = new RateLimit(true, new RateLimit.Allowance(1_000, 1), new RateLimit.Allowance(1_000, 1), 500);
        for (int i = 0; i < 1_000; i++) {
            send(small, "203.0.113.12", null);
        }
        for (int i = 0; i < 5_000; i++) {
            send(small, "10.0." + (i >> 8) + "." + (i & 255), null);
        }
        int answered = 0;
        for (int i = 0; i < 1_000; i++) {
            answered += send(small, "203.0.113.12", null).getStatus() == 200 ? 1 : 0;
        }

        // Refilled at one a second while the flood ran; a full burst back would be 1,000.
        assertThat(answered).isLessThan(500);
    }

    private MockHttpServletResponse send(String address, String authorization) throws Exception {
        return send(limit, address, authorization);
    }

    private static MockHttpServletResponse send(RateLimit limit, String address, String authorization) throws Exception {
        return send(limit, address, authorization, 40);
    }

    private static MockHttpServletResponse send(RateLimit limit, String address, String authorization, int size)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setContent(new byte[size]);
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
