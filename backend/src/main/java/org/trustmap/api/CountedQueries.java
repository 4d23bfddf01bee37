package org.trustmap.api;

import java.util.Map;

import graphql.GraphQLContext;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The transaction {@link GraphWrites} runs a write in, as the driver's {@link TransactionContext} (queries
 * only: the transaction manager commits), counting the queries it runs into its request's
 * {@code extensions.dbRoundTrips} (when there is a request) as {@link GraphReads} does for reads, so a
 * mutation's cost shows up too. The rule checks, the audit trail and the projection each run their own
 * queries through it without knowing they are counted.
 */
final class CountedQueries implements TransactionContext {

    private final SimpleQueryRunner tx;
    private final GraphQLContext request;

    /** @param request null for a write outside a GraphQL request: nothing to count into */
    CountedQueries(SimpleQueryRunner tx, GraphQLContext request) {
        this.tx = tx;
        this.request = request;
    }

    @Override
    public Result run(String query, Value parameters) {
        return counted(() -> tx.run(query, parameters));
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        return counted(() -> tx.run(query, parameters));
    }

    @Override
    public Result run(String query, Record parameters) {
        return counted(() -> tx.run(query, parameters));
    }

    @Override
    public Result run(String query) {
        return counted(() -> tx.run(query));
    }

    @Override
    public Result run(Query query) {
        return counted(() -> tx.run(query));
    }

    private Result counted(java.util.function.Supplier<Result> query) {
        if (request != null) {
            GraphReads.count(request);
        }
        return query.get();
    }
}
