package org.trustmap.rules;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * A record's {@code source} names one of the sources listed for it: for an editor's change (a mutation, a
 * spreadsheet of seats), a Source already in the graph (one an import brought); in a network file, one of
 * the file's {@code sources} or a Source already in the graph (a file may list none of its own). Import and
 * editing refuse any other source with these words.
 */
public final class SourceRule {

    private SourceRule() {
    }

    /** Whether a Source in the graph has the id: the list a change is checked against. */
    public static Predicate<String> inGraph(TransactionContext tx) {
        return id -> tx.run("RETURN EXISTS { MATCH (:Source {id: $id}) } AS listed", Map.of("id", id)).single()
                .get("listed").asBoolean();
    }

    /** Every Source id in the graph, read once: with its file's own list, what an import is checked against. */
    public static Set<String> idsInGraph(Driver driver) {
        return driver.executableQuery("MATCH (s:Source) RETURN s.id AS id").execute().records().stream()
                .map(r -> r.get("id").asString()).collect(Collectors.toSet());
    }

    /** What is wrong with the source a record names, or null when it names a listed one (or none). */
    public static String problem(Object source, Predicate<String> listed) {
        return source == null || listed.test(source.toString()) ? null
                : "refers to source '" + source + "', which is not in the sources list";
    }
}
