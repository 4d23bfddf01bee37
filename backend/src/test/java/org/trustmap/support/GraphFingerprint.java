package org.trustmap.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * Everything an authority's import wrote, as sorted lines of text: two graphs are the same network
 * when their fingerprints are equal (internal node ids aside).
 */
public final class GraphFingerprint {

    private GraphFingerprint() {
    }

    public static List<String> of(Driver driver, String dataset) {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("""
                CALL () {
                  MATCH (n:Entity {dataset: $dataset}) RETURN n
                  UNION
                  MATCH (n:Postcode {dataset: $dataset}) RETURN n
                }
                RETURN labels(n) AS labels, properties(n) AS props
                """).withParameters(Map.of("dataset", dataset)).execute().records()
                .forEach(r -> lines.add("node " + r.get("labels").asList().stream().sorted().toList() + " "
                        + new TreeMap<>(r.get("props").asMap())));
        driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE r.dataset = $dataset
                RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to,
                       properties(r) AS props
                """).withParameters(Map.of("dataset", dataset)).execute().records()
                .forEach(r -> lines.add("rel " + r.get("type").asString() + " " + r.get("from").asString() + " -> "
                        + r.get("to").asString() + " " + new TreeMap<>(r.get("props").asMap())));
        lines.sort(null);
        return lines;
    }
}
