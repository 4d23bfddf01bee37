package org.trustmap.stewardship;

import java.time.Period;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.trustmap.api.GraphWrites;

/**
 * Corrections (with the reporter's email address) are kept for the retention period after they were
 * received ({@code trustmap.corrections.retention}, 12 months unless set), then deleted, checked hourly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CorrectionRetention {

    private static final Logger log = LoggerFactory.getLogger(CorrectionRetention.class);

    private final GraphWrites writes;
    private final Period retention;

    CorrectionRetention(GraphWrites writes, @Value("${trustmap.corrections.retention:P12M}") Period retention) {
        this.writes = writes;
        this.retention = retention;
    }

    /** How long a correction is kept after it was received. */
    Period retention() {
        return retention;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void onSchedule() {
        try {
            deleteExpired();
        }
        catch (RuntimeException ex) {
            log.warn("Could not delete expired corrections (will try again in an hour): {}", ex.getMessage());
        }
    }

    /** Deletes the corrections received before the retention period; returns how many. */
    long deleteExpired() {
        long deleted = writes.write(null, tx -> tx.run("""
                MATCH (c:Correction) WHERE c.receivedAt < datetime() - duration($retention)
                WITH c LIMIT 10000
                DETACH DELETE c
                RETURN count(*) AS deleted
                """, Map.of("retention", retention.toString())).single().get("deleted").asLong());
        if (deleted > 0) {
            log.info("Deleted {} corrections received more than {} ago", deleted, retention);
        }
        return deleted;
    }
}
