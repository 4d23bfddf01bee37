package org.trustmap.api;

import java.time.Duration;

import graphql.GraphQLContext;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustmap.database.ReadYourWrites;

/**
 * Runs a write's work in one transaction of Spring Data Neo4j's transaction manager, which bookmarks it
 * (read-your-writes, see {@link ReadYourWrites}), with its queries counted into the request's
 * {@code extensions.dbRoundTrips} as {@link GraphReads} does for reads. Every mutation writes through here,
 * so none can forget the bookmark or the count.
 *
 * <p>The driver's {@code session.executeWrite} retried a transaction that failed for a passing reason (a
 * cluster's leader changed, a deadlock); Spring's transaction manager does not, so the whole transaction is
 * run again here, a few times with a growing pause.
 */
@Component
public class GraphWrites {

    static final RetryPolicy PASSING_FAILURES = RetryPolicy.builder().maxRetries(4).delay(Duration.ofMillis(50))
            .multiplier(3).jitter(Duration.ofMillis(25)).maxDelay(Duration.ofSeconds(2))
            .predicate(GraphWrites::passing).build();

    private final TransactionTemplate transactions;
    private final Neo4jClient client;
    private final RetryTemplate retries = new RetryTemplate(PASSING_FAILURES);

    GraphWrites(PlatformTransactionManager transactionManager, Neo4jClient client) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.client = client;
    }

    /**
     * @param request the GraphQL request to count into; null for writes outside one (a link followed in a
     *     browser, the schedule, an import), which have no response to report a count in
     * @param work run in the transaction, again from the start if the transaction failed for a passing reason
     * @return what {@code work} returned, once its transaction has committed
     */
    public <T> T write(GraphQLContext request, TransactionCallback<T> work) {
        return retries.invoke(() -> transactions.execute(status ->
                work.execute(new CountedQueries(client.getQueryRunner(), request))));
    }

    /** Whether the driver says a failure is worth a new try: somewhere in its causes. */
    static boolean passing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetryableException) {
                return true;
            }
        }
        return false;
    }
}
