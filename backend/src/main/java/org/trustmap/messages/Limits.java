package org.trustmap.messages;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * How many messages and subscriptions one email address, and one client address, may start in 24 hours.
 * Counted in the graph, so every instance counts alike; a client's address is kept only as a keyed hash.
 */
@Component
class Limits {

    private final MessageSettings settings;

    Limits(MessageSettings settings) {
        this.settings = settings;
    }

    /** Adds a problem for each limit reached. */
    void check(TransactionContext tx, String email, String clientKey, List<MessageProblem> problems) {
        var row = tx.run("""
                CALL () {
                  MATCH (n:RelayMessage) WHERE n.createdAt > datetime() - duration('P1D') RETURN n
                  UNION ALL
                  MATCH (n:AlertSubscription) WHERE n.createdAt > datetime() - duration('P1D') RETURN n
                }
                RETURN count(CASE WHEN n.senderEmail = $email THEN 1 END) AS bySender,
                       count(CASE WHEN n.client = $client THEN 1 END) AS byClient
                """, Map.of("email", email, "client", clientKey)).single();
        if (row.get("bySender").asLong() >= settings.senderPerDay()) {
            problems.add(new MessageProblem("email", "This email address has already been used " + settings.senderPerDay()
                    + " times in the last 24 hours, the most trustmap allows. Please try again tomorrow."));
        }
        else if (row.get("byClient").asLong() >= settings.clientPerDay()) {
            problems.add(new MessageProblem(null, "Too many messages have been sent from your network address in the "
                    + "last 24 hours (" + settings.clientPerDay() + "). Please try again tomorrow."));
        }
    }
}
