package org.trustmap.database;

import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The plain HTTP endpoints (admin import and export): a database fault is a 503 with Retry-After. */
@RestControllerAdvice
class DatabaseFaultResponses {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFaultResponses.class);

    @ExceptionHandler(Neo4jException.class)
    ResponseEntity<Map<String, Object>> databaseFailed(Neo4jException ex) {
        var fault = DatabaseFault.of(ex);
        if (fault.isPresent()) {
            log.warn("{}: {}", fault.get().code(), ex.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", String.valueOf(fault.get().retryAfterSeconds()))
                    .body(Map.of("message", fault.get().message(), "code", fault.get().code()));
        }
        String reference = UUID.randomUUID().toString();
        log.error("The database could not answer (reference {})", reference, ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("message",
                "The database could not answer this request (reference " + reference + ").", "code", "DATABASE_ERROR"));
    }
}
