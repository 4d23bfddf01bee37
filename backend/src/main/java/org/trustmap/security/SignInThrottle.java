package org.trustmap.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustmap.web.Tarpit;

/**
 * Slows password guessing (HTTP Basic and the sign-in form) before the password is checked: after a few
 * failed sign-ins, an account and an address each must wait before the next attempt, twice as long after
 * each further failure. A wait, never a lock: the account's wait is capped low, so a stranger guessing
 * delays the real user by seconds at most, while the stranger's own address waits ever longer. An attempt
 * made too early is answered 429 with a Retry-After and costs no password check (the answer is held a
 * few seconds, {@link Tarpit}, so that a guesser ignoring it is slowed).
 */
final class SignInThrottle extends OncePerRequestFilter {

    private static final int MAX_REMEMBERED = 100_000;

    private final SignInLimits limits;
    private final Cache<String, Failures> failures;
    private final Tarpit tarpit;

    /**
     * @param freeFailures     failures allowed without any wait
     * @param firstDelay       the wait after the first failure past those
     * @param maxAddressDelay  the longest wait for an address
     * @param maxAccountDelay  the longest wait for an account (short: the real user shares it)
     */
    record SignInLimits(int freeFailures, Duration firstDelay, Duration maxAddressDelay, Duration maxAccountDelay) {
    }

    /** Failed sign-ins in a row and when the next attempt may be made. */
    private record Failures(int count, long nextAttemptNanos) {
    }

    SignInThrottle(SignInLimits limits, Tarpit tarpit) {
        this.limits = limits;
        this.tarpit = tarpit;
        Duration longest = limits.maxAddressDelay().compareTo(limits.maxAccountDelay()) > 0
                ? limits.maxAddressDelay() : limits.maxAccountDelay();
        // Failures are forgotten a while after the longest wait, so that a guesser's count does not restart soon.
        this.failures = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(longest.multipliedBy(4).plusMinutes(10)).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = "address:" + request.getRemoteAddr();
        String account = "account:" + username.toLowerCase(Locale.ROOT);
        long wait = Math.max(waitNanos(address), username.isEmpty() ? 0 : waitNanos(account));
        if (wait > 0) {
            long seconds = Math.max(1, Duration.ofNanos(wait).toSeconds() + (wait % 1_000_000_000L > 0 ? 1 : 0));
            tarpit.refuse(request, response, 429, seconds, "{\"errors\":[{\"message\":\"Too many failed sign-ins "
                    + "for this account or from your address; try again in " + seconds + " s.\"}]}");
            return;
        }
        chain.doFilter(request, response);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean succeeded = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                && user.getName().equalsIgnoreCase(username);
        if (succeeded) {
            failures.invalidate(account);
        }
        else {
            failed(address, limits.maxAddressDelay());
            if (!username.isEmpty()) {
                failed(account, limits.maxAccountDelay());
            }
        }
    }

    private long waitNanos(String key) {
        Failures known = failures.getIfPresent(key);
        return known == null ? 0 : known.nextAttemptNanos() - System.nanoTime();
    }

    private void failed(String key, Duration maxDelay) {
        failures.asMap().compute(key, (k, known) -> {
            int count = known == null ? 1 : known.count() + 1;
            int past = count - limits.freeFailures();
            long delay = past <= 0 ? 0 : Math.min(maxDelay.toNanos(),
                    limits.firstDelay().toNanos() << Math.min(30, past - 1));
            return new Failures(count, System.nanoTime() + delay);
        });
    }

    /** The username a request tries to sign in with ("" when unreadable), or null when it does not try. */
    private static String attemptedUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return clip(colon < 0 ? "" : decoded.substring(0, colon));
            }
            catch (IllegalArgumentException ex) {
                return "";
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            return username == null ? "" : clip(username);
        }
        return null;
    }

    private static String clip(String username) {
        return username.length() > 200 ? username.substring(0, 200) : username;
    }
}
