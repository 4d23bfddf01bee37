package org.trustmap.api;

import graphql.GraphQLContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionCallback;
import org.springframework.stereotype.Component;
import org.trustmap.database.ReadYourWrites;

/**
 * Runs a mutation's work in one bookmarked write transaction (read-your-writes, see {@link ReadYourWrites})
 * whose queries count into the request's {@code extensions.dbRoundTrips}, as {@link GraphReads} does for
 * reads. Every mutation writes through here, so none can forget the bookmark or the count.
 */
@Component
public class GraphWrites {

    private final Driver driver;

    GraphWrites(Driver driver) {
        this.driver = driver;
    }

    /**
     * @param request the GraphQL request to count into; null for writes outside one (a link followed in a
     *     browser, the schedule), which have no response to report a count in
     * @return what {@code work} returned, once its transaction has committed
     */
    public <T> T write(GraphQLContext request, TransactionCallback<T> work) {
        try (var session = driver.session(ReadYourWrites.bookmarked(driver))) {
            T result = session.executeWrite(tx -> work.execute(request == null ? tx : new CountedQueries(tx, request)));
            ReadYourWrites.wrote(session);
            return result;
        }
    }
}
