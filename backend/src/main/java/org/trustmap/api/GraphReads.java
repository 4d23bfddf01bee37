package org.trustmap.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Component;

/**
 * Runs the read queries of GraphQL fields and counts them per request (reported as
 * {@code extensions.dbRoundTrips}), so that a field costing more than one round trip shows up.
 *
 * <p>On the driver's {@code executableQuery}, not Spring Data Neo4j's {@code Neo4jClient}: a field is one
 * auto-routed query in one round trip that already carries the bookmark manager writes share
 * ({@link org.trustmap.database.ReadYourWrites}), with the driver's retries; its answer is mapped into
 * typed records by {@code Record.as} here, and no object mapping of the graph is wanted. The client would
 * add a session per query, or a Spring transaction per field, and its own mapping, for nothing these need.
 */
@Component
public class GraphReads {

    static final String ROUND_TRIPS = GraphReads.class.getName() + ".roundTrips";

    private final Driver driver;
    private final QueryLog log;
    private final java.time.Duration timeout;

    GraphReads(Driver driver, QueryLog log,
            @org.springframework.beans.factory.annotation.Value("${trustmap.api.query-timeout:10s}") java.time.Duration timeout) {
        this.driver = driver;
        this.log = log;
        // A question the database cannot answer in time is stopped there, not left to hold a thread.
        this.timeout = timeout;
    }

    /** The first column of every row, as plain Java values (maps, lists, LocalDate, Long...). */
    public List<Object> list(DataFetchingEnvironment env, String cypher, Map<String, Object> parameters) {
        QueryConfig read = read(env.getGraphQlContext());
        count(env.getGraphQlContext());
        log.record(cypher, parameters);
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(read).execute().records().stream()
                .map(record -> record.get(0).asObject()).toList();
    }

    /**
     * The first column of every row as {@code type}, by the driver's object mapping: a record's components are
     * read by name from the map the Cypher returns (a key it lacks is null), nested records and lists of them
     * too. Every fixed shape of an answer is mapped here, so the schema inspection sees its Java type.
     */
    public <T> List<T> list(DataFetchingEnvironment env, String cypher, Map<String, Object> parameters, Class<T> type) {
        return records(env, cypher, parameters).stream().map(record -> record.get(0).as(type)).toList();
    }

    /** The single row as {@code type}, its columns read as the record's components; null when there is none. */
    public <T> T row(DataFetchingEnvironment env, String cypher, Map<String, Object> parameters, Class<T> type) {
        List<Record> rows = records(env, cypher, parameters);
        return rows.isEmpty() ? null : rows.getFirst().as(type);
    }

    private List<Record> records(DataFetchingEnvironment env, String cypher, Map<String, Object> parameters) {
        QueryConfig read = read(env.getGraphQlContext());
        count(env.getGraphQlContext());
        log.record(cypher, parameters);
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(read).execute().records();
    }

    /** The first column of the single row, or null when there is none. */
    public Object one(DataFetchingEnvironment env, String cypher, Map<String, Object> parameters) {
        List<Object> rows = list(env, cypher, parameters);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** Each row as a map of its columns. */
    public List<Map<String, Object>> rows(DataFetchingEnvironment env, String cypher, Map<String, Object> parameters) {
        QueryConfig read = read(env.getGraphQlContext());
        count(env.getGraphQlContext());
        log.record(cypher, parameters);
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(read).execute().records().stream()
                .map(record -> record.asMap()).toList();
    }

    /** Each query may take what is left of its request's time budget, and never more than the timeout. */
    private QueryConfig read(GraphQLContext context) {
        return QueryConfig.builder().withRouting(RoutingControl.READ)
                .withTimeout(RequestBudget.remaining(context, timeout)).build();
    }

    static void count(GraphQLContext context) {
        context.computeIfAbsent(ROUND_TRIPS, key -> new AtomicInteger());
        ((AtomicInteger) context.get(ROUND_TRIPS)).incrementAndGet();
    }

    static int roundTrips(GraphQLContext context) {
        AtomicInteger count = context.get(ROUND_TRIPS);
        return count == null ? 0 : count.get();
    }
}
