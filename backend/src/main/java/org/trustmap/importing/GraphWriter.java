package org.trustmap.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustmap.importing.Dataset.EntityRow;
import org.trustmap.importing.Dataset.LinkRow;
import org.trustmap.importing.Dataset.PostcodeRow;
import org.trustmap.geography.PlaceNames;
import org.trustmap.network.EntityKind;

/**
 * Writes a checked dataset inside one transaction, replacing what an earlier import of the same
 * authority wrote: nodes are merged by id, nodes and relationships the file no longer has are removed,
 * so importing the same files twice gives the same graph. Writes go in batches of {@value #BATCH} rows.
 * <p>
 * Every lookup names its index: planned on a nearly empty graph (the first authorities of a bulk import),
 * Neo4j would otherwise scan the label for each row and keep that plan until it replans, seconds later.
 */
final class GraphWriter {

    static final int BATCH = 10_000;
    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

    private final TransactionContext tx;
    private final String dataset;
    private final ImportProgress progress;

    GraphWriter(TransactionContext tx, String dataset, ImportProgress progress) {
        this.tx = tx;
        this.dataset = dataset;
        this.progress = progress;
    }

    /** Ids of the file that another authority's import already owns: writing them would take them over. */
    List<String> idsOwnedElsewhere(Dataset data) {
        List<String> ids = data.entities().stream().map(EntityRow::id).toList();
        return tx.run("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id}) USING INDEX n:Entity(id)
                WHERE (n.dataset IS NULL AND n.geography IS NULL) OR n.dataset <> $dataset
                RETURN id + ' (' + coalesce(n.dataset, 'reference data') + ')' AS clash LIMIT 20
                """, Map.of("ids", ids, "dataset", dataset)).list(r -> r.get("clash").asString());
    }

    void write(Dataset data) {
        // An authority imported for the first time has nothing to replace: its nodes are created outright,
        // with no merge and no clean-up (the clash check has already shown that none of its ids exist).
        boolean first = !run("""
                MATCH (n:Entity {dataset: $dataset}) USING INDEX n:Entity(dataset)
                RETURN n.id AS id LIMIT 1
                UNION
                MATCH (p:Postcode {dataset: $dataset}) USING INDEX p:Postcode(dataset)
                RETURN p.code AS id LIMIT 1
                """, Map.of("dataset", dataset));
        if (!first) {
            run("""
                    MATCH (n:Entity {dataset: $dataset})-[r]-() USING INDEX n:Entity(dataset)
                    WHERE r.dataset = $dataset
                    DELETE r
                    """, Map.of("dataset", dataset));
        }
        Map<EntityKind, List<EntityRow>> byKind = data.entities().stream()
                .collect(Collectors.groupingBy(EntityRow::kind, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byKind.entrySet()) {
            writeNodes(entry.getKey(), entry.getValue(), first);
        }
        if (!first) {
            // England's authorities and districts stay when a network no longer has them: they only leave it.
            run("""
                    MATCH (n:Entity {dataset: $dataset}) USING INDEX n:Entity(dataset)
                    WHERE NOT n.id IN $ids
                    FOREACH (shared IN CASE WHEN n.geography = true THEN [n] ELSE [] END | REMOVE shared.dataset)
                    WITH n WHERE n.geography IS NULL
                    DETACH DELETE n
                    """, Map.of("dataset", dataset, "ids", data.entities().stream().map(EntityRow::id).toList()));
        }
        writePostcodes(data.postcodes(), first);
        writeSources(data.sources());
        writeLinks(data.links());
        // Merged, not created: England's geography may hold the same link already (NationalGeography).
        run("""
                MATCH (d:District {dataset: $dataset}), (a:Authority {id: $dataset})
                MERGE (d)-[:IN_AUTHORITY]->(a)
                """, Map.of("dataset", dataset));
        // Which districts the authority's postcodes are in: "trustmap holds postcodes for ..." reads it.
        run("""
                MATCH (a:Authority {id: $dataset}) USING INDEX a:Authority(id)
                SET a.postcodeDistricts = $districts, a.sourceIds = $sources
                """, Map.of("dataset", dataset, "districts", data.postcodes().stream().map(PostcodeRow::district)
                        .distinct().sorted().toList(), "sources", data.sources().stream().map(s -> (String) s.get("id"))
                        .sorted().toList()));
    }

    private void writeNodes(EntityKind kind, List<EntityRow> rows, boolean first) {
        String labels = kind.labels().stream().map(l -> ":" + l).collect(Collectors.joining());
        String location = kind == EntityKind.SCHOOL ? """
                WITH n, row
                WHERE row.easting IS NOT NULL AND row.northing IS NOT NULL
                SET n.location = point({x: toFloat(row.easting), y: toFloat(row.northing)})
                """ : "";
        String query = kind == EntityKind.AUTHORITY || kind == EntityKind.DISTRICT ? """
                UNWIND $rows AS row
                MERGE (n:Entity {id: row.id})
                WITH n, row, n {.geography, .region, .county, .kind} AS geo
                SET n = row, n.dataset = $dataset, n.geography = geo.geography, n.region = geo.region,
                    n.county = geo.county, n.kind = coalesce(row.kind, geo.kind)
                SET n%1$s
                """.formatted(labels) : (first ? """
                UNWIND $rows AS row
                CREATE (n%s)
                SET n = row, n.dataset = $dataset
                %s
                """ : """
                UNWIND $rows AS row
                MERGE (n:Entity {id: row.id})
                SET n = row, n.dataset = $dataset
                SET n%s
                %s
                """).formatted(labels, location);
        batches(kind.label(), rows, row -> {
            Map<String, Object> props = new HashMap<>(row.properties());
            props.put("id", row.id());
            if (kind == EntityKind.AUTHORITY || kind == EntityKind.DISTRICT) {
                props.put("nameKey", PlaceNames.key((String) row.properties().get("name")));
            }
            return props;
        }, query);
    }

    private void writePostcodes(List<PostcodeRow> rows, boolean first) {
        batches("Postcode", rows, row -> {
            Map<String, Object> map = new HashMap<>();
            map.put("code", row.code());
            map.put("district", row.district());
            map.put("easting", row.easting());
            map.put("northing", row.northing());
            return map;
        }, """
                UNWIND $rows AS row
                MERGE (p:Postcode {code: row.code})
                SET p.dataset = $dataset, p.district = row.district, p.easting = row.easting, p.northing = row.northing,
                    p.location = CASE WHEN row.easting IS NULL OR row.northing IS NULL THEN null
                                 ELSE point({x: toFloat(row.easting), y: toFloat(row.northing)}) END
                REMOVE p.loadedAt, p.retiredOn, p.retiredInRelease
                """);
        if (first) {
            return;
        }
        run("""
                MATCH (p:Postcode {dataset: $dataset}) USING INDEX p:Postcode(dataset)
                WHERE NOT p.code IN $codes
                DETACH DELETE p
                """, Map.of("dataset", dataset, "codes", rows.stream().map(PostcodeRow::code).toList()));
    }

    private void writeSources(List<Map<String, Object>> sources) {
        run("""
                UNWIND $sources AS source
                MERGE (s:Source {id: source.id})
                SET s.title = source.title, s.url = source.url
                """, Map.of("sources", sources.stream().map(s -> {
                    Map<String, Object> copy = new HashMap<>(s);
                    copy.remove("location");
                    return copy;
                }).toList()));
    }

    private void writeLinks(List<LinkRow> links) {
        batches("relationship", links, link -> Map.of("type", link.type(), "from", link.from(), "to", link.to(),
                "props", link.properties()), """
                UNWIND $rows AS row
                MATCH (a:Entity {id: row.from}) USING INDEX a:Entity(id)
                MATCH (b:Entity {id: row.to}) USING INDEX b:Entity(id)
                CREATE (a)-[r:$(row.type)]->(b)
                SET r = row.props, r.dataset = $dataset
                """);
    }

    private <T> void batches(String what, List<T> rows, Function<T, Map<String, Object>> toParameter, String query) {
        for (int start = 0; start < rows.size(); start += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (T row : rows.subList(start, Math.min(rows.size(), start + BATCH))) {
                batch.add(toParameter.apply(row));
            }
            run(query, Map.of("rows", batch, "dataset", dataset));
            progress.wrote(what, Math.min(rows.size(), start + BATCH), rows.size());
        }
    }

    /** @return whether the query returned any row */
    private boolean run(String query, Map<String, Object> parameters) {
        long started = System.nanoTime();
        var result = tx.run(query, parameters);
        boolean any = result.hasNext();
        var summary = result.consume();
        if (log.isDebugEnabled()) {
            log.debug("{} ms, {}: {}", (System.nanoTime() - started) / 1_000_000, summary.counters(),
                    query.strip().lines().findFirst().orElse(""));
        }
        return any;
    }
}
