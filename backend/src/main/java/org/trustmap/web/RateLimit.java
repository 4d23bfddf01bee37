package org.trustmap.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits anonymous clients to a number of API requests per second each (by address), with a burst
 * allowance; past it they get 429 and a Retry-After. Signed-in requests (with credentials) are not limited.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RateLimit extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final boolean enabled;
    private final long perSecond;
    private final long burst;
    private final java.util.concurrent.ConcurrentHashMap<String, Bucket> buckets = new java.util.concurrent.ConcurrentHashMap<>();

    RateLimit(@Value("${trustmap.rate-limit.enabled:true}") boolean enabled,
            @Value("${trustmap.rate-limit.per-second:20}") long perSecond,
            @Value("${trustmap.rate-limit.burst:100}") long burst) {
        this.enabled = enabled;
        this.perSecond = perSecond;
        this.burst = burst;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !request.getRequestURI().equals("/graphql") || request.getHeader("Authorization") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_CLIENTS) {
            // Bounded memory under a flood of addresses: everyone starts again with a full bucket.
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("application/json");
        response.getWriter().write("{\"errors\":[{\"message\":\"Too many requests from your address; try again in "
                + seconds + " s.\"}]}");
    }
}
