package org.trustmap.web;

import java.io.IOException;

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
 * Refuses request bodies larger than their endpoint needs, before anything reads them: a GraphQL request
 * is small; an admin's import of a whole authority (a zip, streamed to disk) may be large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

    static final String IMPORT = "/api/admin/networks";

    private final long defaultMax;
    private final long importMax;

    RequestSizeLimit(@Value("${trustmap.api.max-request-size:65536}") long defaultMax,
            @Value("${trustmap.api.max-import-size:50MB}") org.springframework.util.unit.DataSize importMax) {
        this.defaultMax = defaultMax;
        this.importMax = importMax.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = IMPORT.equals(request.getRequestURI()) ? importMax : defaultMax;
        if (request.getContentLengthLong() > maxBytes
                || (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null)) {
            response.setStatus(413);
            response.setContentType("application/json");
            response.getWriter().write("{\"errors\":[{\"message\":\"The request is larger than " + maxBytes
                    + " bytes (or of unknown length); send a smaller one.\"}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
