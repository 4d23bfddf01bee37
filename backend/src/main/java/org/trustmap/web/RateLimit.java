package org.trustmap.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits API requests per second, with a burst allowance; past it a client gets 429 and a Retry-After.
 * It runs after sign-in has been decided (inside the security filter chain), so what a request carries
 * cannot switch it off: a request that did not successfully sign in counts against its address, one that
 * did against its account, with the account's own, higher allowance. The 429 is held for its Retry-After
 * ({@link Tarpit}), so that a client ignoring it is slowed rather than answered as fast as it asks. A
 * request counts once per started {@code size-unit} (4 KB) it sends: every page and GraphiQL query is one,
 * a 40 KB document ten, since reading and parsing it is what even a refusal costs.
 *
 * <p>A client's bucket is forgotten only once it has been idle long enough to be full again, so that
 * forgetting it changes nothing. Memory stays bounded all the same: while {@value #MAX_CLIENTS} clients are
 * remembered, any further one shares a single overflow bucket (a flood of new addresses limits itself,
 * and resets nobody's limit).
 */
@Component
public class RateLimit extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;
    private static final long DEFAULT_SIZE_UNIT = 4096;

    private final boolean enabled;
    private final Allowance anonymous;
    private final Allowance account;
    private final Cache<String, Bucket> buckets;
    private final int maxClients;
    private final Bucket overflow;
    private final Tarpit tarpit;
    private final long sizeUnit;

    /** So many requests at once, then so many a second. */
    public record Allowance(long burst, long perSecond) {

        Bucket bucket() {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                    .build();
        }

        Duration timeToFill() {
            return Duration.ofMillis(Math.max(1, burst * 1000 / Math.max(1, perSecond)) + 1000);
        }
    }

    @Autowired
    RateLimit(@Value("${trustmap.rate-limit.enabled:true}") boolean enabled,
            @Value("${trustmap.rate-limit.burst:100}") long burst,
            @Value("${trustmap.rate-limit.per-second:20}") long perSecond,
            @Value("${trustmap.rate-limit.account-burst:300}") long accountBurst,
            @Value("${trustmap.rate-limit.account-per-second:60}") long accountPerSecond,
            @Value("${trustmap.rate-limit.size-unit:4KB}") DataSize sizeUnit, Tarpit tarpit) {
        this(enabled, new Allowance(burst, perSecond), new Allowance(accountBurst, accountPerSecond), MAX_CLIENTS,
                sizeUnit.toBytes(), tarpit);
    }

    /** Answers at once: for tests of the limit itself. */
    public RateLimit(boolean enabled, Allowance anonymous, Allowance account) {
        this(enabled, anonymous, account, MAX_CLIENTS, DEFAULT_SIZE_UNIT, Tarpit.none());
    }

    RateLimit(boolean enabled, Allowance anonymous, Allowance account, int maxClients) {
        this(enabled, anonymous, account, maxClients, DEFAULT_SIZE_UNIT, Tarpit.none());
    }

    RateLimit(boolean enabled, Allowance anonymous, Allowance account, int maxClients, long sizeUnit, Tarpit tarpit) {
        this.enabled = enabled;
        this.tarpit = tarpit;
        this.sizeUnit = Math.max(1, sizeUnit);
        this.anonymous = anonymous;
        this.account = account;
        this.maxClients = maxClients;
        this.overflow = anonymous.bucket();
        Duration idle = anonymous.timeToFill().compareTo(account.timeToFill()) > 0 ? anonymous.timeToFill() : account.timeToFill();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(idle).build();
    }

    private Bucket bucket(String client, Allowance allowance) {
        Bucket known = buckets.getIfPresent(client);
        if (known != null) {
            return known;
        }
        return buckets.estimatedSize() >= maxClients ? overflow : buckets.get(client, key -> allowance.bucket());
    }

    /** One request per started size unit of what it sends: reading and parsing the text is the work. */
    private long cost(HttpServletRequest request) {
        String query = request.getQueryString();
        long size = Math.max(request.getContentLengthLong(), query == null ? 0 : query.length());
        return Math.max(1, (size + sizeUnit - 1) / sizeUnit);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !request.getRequestURI().equals("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        Bucket bucket = signedIn ? bucket("account:" + user.getName(), account)
                : bucket("address:" + request.getRemoteAddr(), anonymous);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(
                Math.min(cost(request), signedIn ? account.burst() : anonymous.burst()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        tarpit.refuse(request, response, 429, seconds, "{\"errors\":[{\"message\":\"Too many requests from your "
                + (signedIn ? "account" : "address") + "; try again in " + seconds + " s.\"}]}");
    }
}
