package org.trustmap.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Renders the CSRF token into its cookie on every response. Spring Security loads the token only when a
 * request needs it, and signing in replaces it; without this, the page a browser opens after signing in
 * has no XSRF-TOKEN cookie to send back, and every query it then makes on the new session is refused.
 * (Spring Security's advice for single-page applications.)
 */
final class CsrfCookie extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
