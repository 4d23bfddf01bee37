package org.trustmap.importing;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.trustmap.api.GraphWrites;
import org.trustmap.audit.AuditTrail;
import org.trustmap.rules.SourceRule;
import org.trustmap.rules.TimeRules;
import org.trustmap.rules.Violation;

/**
 * Brings one authority's network into the graph, all or nothing: every file is read and checked
 * first, and any problem refuses the whole import with every problem listed and the graph untouched;
 * then it is written in a single transaction, and the rules over time ({@link TimeRules}) are checked on
 * what was written before it commits: a broken rule rolls it all back.
 */
@Service
public class NetworkImporter {

    private static final Logger log = LoggerFactory.getLogger(NetworkImporter.class);

    private final Driver driver;
    private final GraphWrites writes;
    private final AuditTrail audit;
    private final List<ImportListener> listeners;

    public NetworkImporter(Driver driver, GraphWrites writes, AuditTrail audit, List<ImportListener> listeners) {
        this.driver = driver;
        this.writes = writes;
        this.audit = audit;
        this.listeners = listeners;
    }

    /** An import run on this machine (the command line, a first start, a test). */
    public ImportReport importDataset(DatasetLocation location, ImportProgress progress) {
        return importDataset(location, progress, "command line");
    }

    /**
     * @param actor who asked for it, for the audit trail
     * @throws InvalidDatasetException listing every problem, when the files are not a valid network
     */
    public ImportReport importDataset(DatasetLocation location, ImportProgress progress, String actor) {
        long started = System.nanoTime();
        Problems problems = new Problems();
        Dataset data = new DatasetReader(location, problems).read();
        if (data != null) {
            new DatasetChecks(data, referenceIds(), SourceRule.idsInGraph(driver), problems).run();
        }
        problems.throwIfAny();
        log.info("Importing {} from {}: {} nodes, {} postcodes, {} relationships (read and checked in {} ms)",
                data.authorityId(), location, data.entities().size(), data.postcodes().size(), data.links().size(),
                (System.nanoTime() - started) / 1_000_000);

        long checked = System.nanoTime();
        long[] written = new long[1];
        writes.write(null, tx -> {
            GraphWriter writer = new GraphWriter(tx, data.authorityId(), progress);
            List<String> clashes = writer.idsOwnedElsewhere(data);
            if (!clashes.isEmpty()) {
                throw new InvalidDatasetException(clashes.stream().map(id -> new ImportProblem(
                        DatasetLocation.MANIFEST, null, "id", "id " + id
                                + " already belongs to another authority's network")).toList());
            }
            long before = tx.run("MATCH (n:Entity {dataset: $d}) USING INDEX n:Entity(dataset) RETURN count(n) AS n",
                    Map.of("d", data.authorityId())).single().get("n").asLong();
            List<String> consenting = tx.run("MATCH (p:Entity {dataset: $d}) USING INDEX p:Entity(dataset) "
                    + "WHERE p:Person AND p.contactConsent = true RETURN collect(p.id) AS ids",
                    Map.of("d", data.authorityId())).single().get("ids").asList(org.neo4j.driver.Value::asString);
            var relayAddresses = tx.run("MATCH (p:Entity {dataset: $d}) USING INDEX p:Entity(dataset) "
                    + "WHERE p:Person AND p.contactConsentLevel = 'RELAY_ONLY' AND p.email IS NOT NULL "
                    + "RETURN collect({id: p.id, email: p.email, phone: p.phone}) AS people",
                    Map.of("d", data.authorityId())).single().get("people").asList(v -> v.asMap());
            List<ImportListener.Written> told = before == 0 ? List.of()
                    : listeners.stream().map(l -> l.replacing(tx, data.authorityId())).toList();
            writer.write(data);
            // An export leaves relay-only addresses out: importing it again keeps the ones the graph holds.
            // (email and phone are the catalogue's contact details, Catalogue.contactDetails(), named in the
            // Cypher so that the query stays one fixed text.)
            tx.run("UNWIND $people AS kept MATCH (p:Person {id: kept.id}) "
                    + "WHERE p.dataset = $d AND p.contactConsentLevel = 'RELAY_ONLY' AND p.email IS NULL "
                    + "SET p.email = kept.email, p.phone = coalesce(p.phone, kept.phone)",
                    Map.of("people", relayAddresses, "d", data.authorityId())).consume();
            List<Violation> broken = TimeRules.check(tx, data.authorityId(), null);
            if (!broken.isEmpty()) {
                throw new InvalidDatasetException(new RuleProblems(data).of(broken));
            }
            told.forEach(listener -> listener.written(tx));
            // Consent withdrawn by the import (or the person gone): their contact details leave the audit trail.
            audit.redactContactDetails(tx, tx.run("UNWIND $ids AS id OPTIONAL MATCH (p:Entity {id: id}) "
                    + "WITH id, p WHERE p IS NULL OR coalesce(p.contactConsent, false) <> true RETURN collect(id) AS ids",
                    Map.of("ids", consenting)).single().get("ids").asList(org.neo4j.driver.Value::asString));
            audit.record(tx, actor, "import", data.authorityId(), data.authorityId(), Map.of("nodes", before),
                    Map.of("nodes", data.entities().size(), "postcodes", data.postcodes().size(),
                            "relationships", data.links().size(), "from", location.toString()));
            written[0] = System.nanoTime();
            return null;
        });
        long committed = System.nanoTime();
        ImportReport report = new ImportReport(data.authorityId(), counts(data.authorityId()), data.links().size()
                + data.postcodes().size(), Duration.ofNanos(System.nanoTime() - started));
        log.info("Imported {} in {} ms (written in {} ms, committed in {} ms, counted in {} ms): {}",
                report.authority(), report.took().toMillis(), (written[0] - checked) / 1_000_000,
                (committed - written[0]) / 1_000_000, (System.nanoTime() - committed) / 1_000_000, report.nodes());
        return report;
    }

    /** Removes an authority's network, all or nothing. @return the number of nodes removed */
    public long remove(String authorityId) {
        return writes.write(null, tx -> tx.run("""
                CALL () {
                  MATCH (n:Entity {dataset: $dataset}) USING INDEX n:Entity(dataset) RETURN n
                  UNION
                  MATCH (n:Postcode {dataset: $dataset}) USING INDEX n:Postcode(dataset) RETURN n
                }
                // England's authorities and districts stay: they only leave the network.
                WITH n, coalesce(n.geography, false) AS shared
                FOREACH (x IN CASE WHEN shared THEN [n] ELSE [] END |
                  REMOVE x.dataset, x.coverage, x.dataAsAt, x.postcodeDistricts, x.sourceIds)
                WITH n, shared WHERE NOT shared
                DETACH DELETE n
                RETURN count(*) AS removed
                """, Map.of("dataset", authorityId)).single().get("removed").asLong());
    }

    /** Whether an authority's network has been imported. */
    public boolean isImported(String authorityId) {
        return driver.executableQuery("MATCH (a:Authority {id: $id}) WHERE a.dataset IS NOT NULL RETURN count(a) > 0 AS present")
                .withParameters(Map.of("id", authorityId)).execute().records().getFirst().get("present").asBoolean();
    }

    private Set<String> referenceIds() {
        return new HashSet<>(driver.executableQuery("MATCH (o:Outcome) RETURN o.id AS id").execute().records()
                .stream().map(r -> r.get("id").asString()).toList());
    }

    private Map<String, Long> counts(String dataset) {
        Map<String, Long> counts = new LinkedHashMap<>();
        driver.executableQuery("""
                MATCH (n:Entity {dataset: $dataset}) USING INDEX n:Entity(dataset)
                WITH [l IN labels(n) WHERE l <> 'Entity'] AS kinds
                UNWIND kinds AS kind
                RETURN kind, count(*) AS n ORDER BY kind
                UNION ALL
                MATCH (p:Postcode {dataset: $dataset}) USING INDEX p:Postcode(dataset) RETURN 'Postcode' AS kind, count(p) AS n
                """).withParameters(Map.of("dataset", dataset)).execute().records()
                .forEach(r -> counts.put(r.get("kind").asString(), r.get("n").asLong()));
        return counts;
    }
}
