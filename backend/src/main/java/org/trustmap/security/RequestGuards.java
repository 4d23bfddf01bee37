package org.trustmap.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.trustmap.web.RateLimit;
import org.trustmap.web.Tarpit;

/**
 * What a request's own headers can and cannot change: a request carrying its own credentials (HTTP
 * Basic, or a bearer token once single sign-on is on) is judged by those alone, never by a browser
 * session that came along with it, and so needs no CSRF token; any other request riding on a session
 * needs one, whatever else it carries. Sign-in attempts are slowed ({@link SignInThrottle}) before any
 * password is checked, and the rate limit is applied once sign-in has been decided.
 */
@Configuration(proxyBeanMethods = false)
class RequestGuards {

    private final RateLimit rateLimit;
    private final SignInThrottle signInThrottle;

    RequestGuards(RateLimit rateLimit, Tarpit tarpit,
            @Value("${trustmap.sign-in.free-failures:5}") int freeFailures,
            @Value("${trustmap.sign-in.first-delay:1s}") Duration firstDelay,
            @Value("${trustmap.sign-in.max-address-delay:5m}") Duration maxAddressDelay,
            @Value("${trustmap.sign-in.max-account-delay:30s}") Duration maxAccountDelay) {
        this.rateLimit = rateLimit;
        this.signInThrottle = new SignInThrottle(new SignInThrottle.SignInLimits(freeFailures, firstDelay,
                maxAddressDelay, maxAccountDelay), tarpit);
    }

    /** The rate limit runs inside the security filter chain only, where sign-in has been decided. */
    @Bean
    FilterRegistrationBean<RateLimit> rateLimitOutsideTheSecurityChain(RateLimit limit) {
        FilterRegistrationBean<RateLimit> registration = new FilterRegistrationBean<>(limit);
        registration.setEnabled(false);
        return registration;
    }

    void applyTo(HttpSecurity http, boolean bearerTokens) throws Exception {
        http.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new SessionUnlessCredentials(bearerTokens))))
                .addFilterBefore(signInThrottle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookie(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterAfter(rateLimit, AnonymousAuthenticationFilter.class);
    }

    /** A change riding on a browser session (or a sign-in form) needs the CSRF token. */
    static RequestMatcher csrfRequired(boolean bearerTokens) {
        return request -> !HttpMethod.GET.matches(request.getMethod())
                && !HttpMethod.HEAD.matches(request.getMethod())
                && !HttpMethod.OPTIONS.matches(request.getMethod())
                && !carriesCredentials(request, bearerTokens)
                && (request.getSession(false) != null || "/login".equals(request.getServletPath()));
    }

    private static boolean carriesCredentials(HttpServletRequest request, boolean bearerTokens) {
        String header = request.getHeader("Authorization");
        return header != null && (header.regionMatches(true, 0, "Basic ", 0, 6)
                || (bearerTokens && header.regionMatches(true, 0, "Bearer ", 0, 7)));
    }

    /** The session's sign-in, except for a request that brings its own credentials. */
    private static final class SessionUnlessCredentials extends HttpSessionSecurityContextRepository {

        private final boolean bearerTokens;

        SessionUnlessCredentials(boolean bearerTokens) {
            this.bearerTokens = bearerTokens;
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            if (!carriesCredentials(request, bearerTokens)) {
                return super.loadDeferredContext(request);
            }
            return new DeferredSecurityContext() {
                @Override
                public SecurityContext get() {
                    return SecurityContextHolder.createEmptyContext();
                }

                @Override
                public boolean isGenerated() {
                    return true;
                }
            };
        }

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return !carriesCredentials(request, bearerTokens) && super.containsContext(request);
        }
    }
}
