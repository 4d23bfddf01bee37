package org.trustmap.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The API's reads with no database behind them: each query is recorded as it would be sent, then fails to
 * connect (nothing listens on port 1). Tests of the generated Cypher read what was recorded.
 */
public final class RecordedReads implements AutoCloseable {

    private final QueryLog log = new QueryLog(true);
    // No retries: a read that cannot connect fails at once instead of being retried for 30 s.
    private final Driver nowhere = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none(),
            Config.builder().withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS).build());
    private final GraphReads reads = new GraphReads(nowhere, log, Duration.ofSeconds(1));

    public GraphReads reads() {
        return reads;
    }

    /** The queries asked since the last call. */
    public List<QueryLog.Entry> asked() {
        return log.drain();
    }

    @Override
    public void close() {
        nowhere.close();
    }
}
