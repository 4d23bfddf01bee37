package org.trustmap.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 *
 * <p>With more than one instance ({@link SharedBuckets}, in Redis) every instance takes from the same
 * buckets, which Redis forgets the same way. Should that store not answer, the limit fails open (requests
 * pass unlimited, with a warning in the log) or closed (503 with a plain message), as
 * {@code trustmap.rate-limit.redis-failure} says.
 */
@Component
public class RateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimit.class);
    private static final int MAX_CLIENTS = 100_000;
    private static final long STORE_DOWN_RETRY_SECONDS = 5;
    private static final long STORE_DOWN_REPORT_EVERY = TimeUnit.MINUTES.toNanos(1);
    private static final long DEFAULT_SIZE_UNIT = 4096;

    private final boolean enabled;
    private final Allowance anonymous;
    private final Allowance account;
    private final Cache<String, Bucket> buckets;
    private final int maxClients;
    private final Bucket overflow;
    private final Tarpit tarpit;
    private final long sizeUnit;
    private SharedBuckets shared;
    private boolean failClosed;
    private volatile long lastStoreDownReport = System.nanoTime() - STORE_DOWN_REPORT_EVERY;

    /** What happens while the shared store does not answer: requests pass unlimited, or are refused. */
    public enum StoreFailure { OPEN, CLOSED }

    /** So many requests at once, then so many a second. */
    public record Allowance(long burst, long perSecond) {

        Bucket bucket() {
            return Bucket.builder().addLimit(bandwidth()).build();
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(bandwidth()).build();
        }

        private Bandwidth bandwidth() {
            return Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build();
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
            @Value("${trustmap.rate-limit.size-unit:4KB}") DataSize sizeUnit, Tarpit tarpit,
            ObjectProvider<SharedBuckets> shared,
            @Value("${trustmap.rate-limit.redis-failure:open}") StoreFailure storeFailure) {
        this(enabled, new Allowance(burst, perSecond), new Allowance(accountBurst, accountPerSecond), MAX_CLIENTS,
                sizeUnit.toBytes(), tarpit);
        this.shared = shared.getIfAvailable();
        this.failClosed = storeFailure == StoreFailure.CLOSED;
        if (this.shared != null && enabled) {
            log.info("Rate limits shared by every instance, in {}; should it not answer, the limit fails {} "
                    + "(trustmap.rate-limit.redis-failure)", this.shared.describe(), failClosed ? "closed" : "open");
        }
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
        String client = signedIn ? "account:" + user.getName() : "address:" + request.getRemoteAddr();
        Allowance allowance = signedIn ? account : anonymous;
        long tokens = Math.min(cost(request), allowance.burst());
        ConsumptionProbe probe;
        if (shared == null) {
            probe = bucket(client, allowance).tryConsumeAndReturnRemaining(tokens);
        }
        else {
            try {
                probe = shared.tryConsume(client, allowance.configuration(), tokens);
            }
            catch (RuntimeException storeDown) {
                storeDown(request, response, chain, storeDown);
                return;
            }
        }
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        tarpit.refuse(request, response, 429, seconds, "{\"errors\":[{\"message\":\"Too many requests from your "
                + (signedIn ? "account" : "address") + "; try again in " + seconds + " s.\"}]}");
    }

    private void storeDown(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            RuntimeException cause) throws ServletException, IOException {
        long now = System.nanoTime();
        if (now - lastStoreDownReport >= STORE_DOWN_REPORT_EVERY) {
            lastStoreDownReport = now;
            log.warn("The rate-limit store ({}) does not answer: requests are {} until it does "
                    + "(trustmap.rate-limit.redis-failure; this is said once a minute): {}", shared.describe(),
                    failClosed ? "refused" : "passed unlimited", String.valueOf(cause.getMessage()));
        }
        if (!failClosed) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(STORE_DOWN_RETRY_SECONDS));
        response.setContentType("application/json");
        response.getWriter().write("{\"errors\":[{\"message\":\"Requests cannot be counted against their limit at "
                + "the moment (the shared rate-limit store does not answer), so they are refused; please try again in "
                + "a minute.\"}]}");
    }
}
