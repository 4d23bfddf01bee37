package org.trustmap.messages;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.trustmap.api.GraphWrites;

/**
 * Deletes what messages leave behind once the retention period is over: a relayed message and its emails
 * that long after delivery (or after it was written, when never confirmed or never delivered), every other
 * email that long after it was sent or given up, and subscriptions never confirmed. A message its recipient
 * reported is kept until an editor has reviewed it ({@code reviewFlaggedMessage}), then goes as the others.
 */
@Service
class Retention {

    private final GraphWrites writes;
    private final MessageSettings settings;

    Retention(GraphWrites writes, MessageSettings settings) {
        this.writes = writes;
        this.settings = settings;
    }

    /** @return how many nodes were deleted */
    long run() {
        return writes.write(null, tx -> tx.run("""
                WITH datetime() - duration($retention) AS cutoff
                CALL (cutoff) {
                  MATCH (r:RelayMessage) WHERE r.deliveredAt < cutoff
                    AND (r.flaggedAt IS NULL OR r.reviewedAt IS NOT NULL) RETURN r AS n
                  UNION
                  MATCH (r:RelayMessage) WHERE r.createdAt < cutoff AND r.deliveredAt IS NULL RETURN r AS n
                  UNION
                  MATCH (e:OutboxEmail) WHERE e.status IN ['SENT', 'FAILED', 'UNCERTAIN']
                    AND coalesce(e.sentAt, e.failedAt, e.createdAt) < cutoff RETURN e AS n
                  UNION
                  MATCH (s:AlertSubscription) WHERE s.confirmedAt IS NULL AND s.createdAt < cutoff RETURN s AS n
                }
                DETACH DELETE n
                RETURN count(*) AS deleted
                """, Map.of("retention", settings.retention().toString())).single().get("deleted").asLong());
    }
}
