package org.trustmap.geography;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustmap.api.GraphWrites;

/**
 * Keeps England's geography in the graph whatever networks are loaded: every upper-tier authority and
 * district with its ONS code, kind and county, and every postal town with where its schools are. Written
 * at start, before the bundled networks, by merging: it is the same graph however often it runs, and a
 * network's own Authority and District nodes are the same nodes (imports add to them, never copy them).
 */
@Component
@Order(0)
public class NationalGeography implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalGeography.class);

    private static final String SOURCE = """
            MERGE (s:Source {id: $source})
            ON CREATE SET s.title = 'ONS local authority district to county lookup (compiled by D. Kane, geo-lookups)',
                          s.url = 'https://github.com/drkane/geo-lookups'
            """;
    private static final String AUTHORITIES = """
            UNWIND $authorities AS g
            MERGE (a:Entity {id: g.id})
            ON CREATE SET a.name = g.name, a.onsCode = g.onsCode, a.source = $source
            SET a:Authority, a.geography = true, a.nameKey = g.nameKey, a.kind = coalesce(a.kind, g.kind),
                a.region = g.region
            """;
    private static final String DISTRICTS = """
            UNWIND $districts AS g
            MERGE (d:Entity {id: g.id})
            ON CREATE SET d.name = g.name, d.onsCode = g.onsCode, d.source = $source
            SET d:District, d.geography = true, d.nameKey = g.nameKey, d.kind = g.kind, d.county = g.county
            WITH d, g
            MATCH (a:Authority {id: g.authority}) USING INDEX a:Authority(id)
            MERGE (d)-[:IN_AUTHORITY]->(a)
            """;
    private static final String TOWNS = """
            UNWIND $towns AS t
            MERGE (town:PostalTown {key: t.key})
            SET town.name = t.name
            WITH town, t
            CALL (town, t) {
              UNWIND t.in AS i
              MATCH (d:District {id: i.district}) USING INDEX d:District(id)
              MERGE (town)-[r:SCHOOLS_IN]->(d)
              SET r.schools = i.schools
            }
            """;
    /** What the graph holds of the geography, counted the same way when it is written and when a start checks it. */
    private static final String HELD = """
            [COUNT { (a:Authority) WHERE a.geography }, COUNT { (d:District)-[:IN_AUTHORITY]->(:Authority) WHERE d.geography },
             COUNT { (t:PostalTown) }, COUNT { (:PostalTown)-[:SCHOOLS_IN]->(:District) }]""";

    private final GraphWrites writes;
    private final boolean enabled;
    private EnglishGeography geography;

    NationalGeography(GraphWrites writes, @Value("${trustmap.geography.load:true}") boolean enabled) {
        this.writes = writes;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            load();
        }
    }

    /** The country of a place outside England (Cardiff: Wales), by any spelling of its name. */
    public Optional<String> countryOutsideEngland(String name) {
        return Optional.ofNullable(geography().countryOutsideEngland().get(PlaceNames.key(name)));
    }

    /** How many upper-tier authorities England has (153 in the lookup bundled). */
    public int authorityCount() {
        return geography().authorities().size();
    }

    private synchronized EnglishGeography geography() {
        if (geography == null) {
            geography = EnglishGeography.read();
        }
        return geography;
    }

    /**
     * Writes the geography unless the graph holds what the last write left: the same bundled files and
     * queries (their fingerprint on the Source node) and as many authorities, districts, towns and links
     * as it counted then. Merging it all again cost about 2 s of every start, for no change.
     */
    void load() {
        long started = System.nanoTime();
        String fingerprint = EnglishGeography.fingerprint(SOURCE, AUTHORITIES, DISTRICTS, TOWNS, HELD);
        String written = writes.write(null, tx -> {
            boolean current = tx.run("OPTIONAL MATCH (s:Source {id: $source}) "
                    + "RETURN s.fingerprint = $fingerprint AND s.held = " + HELD + " AS current",
                    Map.of("source", EnglishGeography.SOURCE, "fingerprint", fingerprint))
                    .single().get("current").asBoolean(false);
            if (current) {
                return null;
            }
            EnglishGeography data = geography();
            tx.run(SOURCE, Map.of("source", EnglishGeography.SOURCE)).consume();
            tx.run(AUTHORITIES, Map.of("authorities", data.authorities(), "source", EnglishGeography.SOURCE)).consume();
            tx.run(DISTRICTS, Map.of("districts", data.districts(), "source", EnglishGeography.SOURCE)).consume();
            tx.run(TOWNS, Map.of("towns", data.towns())).consume();
            tx.run("MATCH (s:Source {id: $source}) SET s.fingerprint = $fingerprint, s.held = " + HELD,
                    Map.of("source", EnglishGeography.SOURCE, "fingerprint", fingerprint)).consume();
            return "%d authorities, %d districts, %d postal towns".formatted(data.authorities().size(),
                    data.districts().size(), data.towns().size());
        });
        log.info("England's geography: {} ({} ms)", written == null ? "as the last start wrote it" : written,
                (System.nanoTime() - started) / 1_000_000);
    }
}
