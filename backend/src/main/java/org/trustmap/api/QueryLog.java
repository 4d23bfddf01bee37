package org.trustmap.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the read queries the API ran, with their parameters, when {@code trustmap.api.record-queries}
 * is on: the tests replay them under EXPLAIN to check that every question uses indexes. With
 * {@code logging.level.org.trustmap.api.QueryLog=TRACE} each query is also logged, to PROFILE it by hand.
 */
@Component
public class QueryLog {

    public record Entry(String cypher, Map<String, Object> parameters) {
    }

    private static final int KEPT = 2000;

    private static final Log logger = LogFactory.getLog(QueryLog.class);

    private final boolean enabled;
    private final List<Entry> entries = new ArrayList<>();

    QueryLog(@Value("${trustmap.api.record-queries:false}") boolean enabled) {
        this.enabled = enabled;
    }

    // Every read passes here: with recording off (as in production) it takes no lock, which every request
    // thread would otherwise queue on.
    void record(String cypher, Map<String, Object> parameters) {
        if (logger.isTraceEnabled()) {
            logger.trace(parameters + "\n" + cypher);
        }
        if (enabled) {
            keep(cypher, parameters);
        }
    }

    private synchronized void keep(String cypher, Map<String, Object> parameters) {
        if (entries.size() < KEPT) {
            entries.add(new Entry(cypher, Map.copyOf(parameters.entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))));
        }
    }

    /** What was recorded so far, and forget it. */
    public synchronized List<Entry> drain() {
        List<Entry> copy = new ArrayList<>(entries);
        entries.clear();
        return copy;
    }
}
