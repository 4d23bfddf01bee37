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

/** Refuses request bodies larger than a GraphQL request needs, before anything reads them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${trustmap.api.max-request-size:65536}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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
