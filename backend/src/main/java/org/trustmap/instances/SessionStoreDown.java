package org.trustmap.instances;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose browser session cannot be read or saved, because Redis does not answer, gets a plain
 * 503 with a Retry-After instead of a stack trace; requests without a session are not concerned.
 */
class SessionStoreDown extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreDown.class);
    static final String MESSAGE = "Signed-in sessions are unavailable at the moment (their shared store does not "
            + "answer); please try again in a minute.";

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (DataAccessException storeDown) {
            log.warn("A browser session could not be read or saved in Redis: {}", storeDown.getMessage());
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
            response.setContentType("application/json");
            response.getWriter().write("{\"errors\":[{\"message\":\"" + MESSAGE + "\"}]}");
        }
    }
}
