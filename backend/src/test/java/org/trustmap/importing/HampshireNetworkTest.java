package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled Hampshire network, as loaded on first start, against the files it comes from: the
 * counts are taken from the source files here, not from the importer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HampshireNetworkTest {

    static final Path DATASETS = Path.of("..", "datasets");
    static final Map<String, Object> HAMPSHIRE = Map.of("dataset", "authority:E10000014");

    @Autowired
    Driver driver;

    @Test
    void countsPerKindMatchTheSourceFiles() throws IOException {
        long schools = dataLines("sources/schools_hampshire_850_open_primary_secondary_2022.csv");
        long postcodes = dataLines("sources/codepoint_open_hampshire_county_postcodes_2025-10.csv");
        long districts = Files.readAllLines(DATASETS.resolve("sources/lad_to_utla_county_lookup_uk.csv")).stream()
                .filter(line -> line.contains(",E10000014,Hampshire,") && line.contains(",TRUE,")).count();
        JsonNode network = JsonMapper.builder().build().readTree(DATASETS.resolve("hampshire/network.json").toFile());
        long bodies = dataLines("hampshire/bodies.csv");

        assertThat(schools).isEqualTo(494);
        assertThat(postcodes).isEqualTo(39_894);
        assertThat(districts).isEqualTo(11);
        assertThat(count("School")).isEqualTo(schools);
        assertThat(count("Postcode")).isEqualTo(postcodes);
        assertThat(count("District")).isEqualTo(districts);
        assertThat(count("Body")).isEqualTo(bodies + schools);
        assertThat(count("Authority")).isEqualTo(1);
        for (var kind : Map.of("Partnership", "partnerships", "SchoolCluster", "clusters", "Person", "people", "Post",
                "posts", "Membership", "memberships", "Plan", "plans", "Agreement", "agreements").entrySet()) {
            assertThat(count(kind.getKey())).as(kind.getKey()).isEqualTo(network.get(kind.getValue()).size());
        }
    }

    @Test
    void everyLocalChildrensPartnershipIsPartOfTheTrust() {
        var orphans = strings("""
                MATCH (lcp:Partnership {dataset: $dataset, kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})
                WHERE NOT EXISTS { (lcp)-[:PART_OF|REPORTS_TO]->(:Partnership {kind: 'CHILDRENS_TRUST'}) }
                RETURN lcp.name
                """);
        assertThat(orphans).isEmpty();
        assertThat(count("MATCH (l:Partnership {dataset: $dataset, kind: 'LOCAL_CHILDRENS_PARTNERSHIP'}) RETURN count(l)"))
                .isEqualTo(26);
    }

    @Test
    void aSchoolIsInAtMostOneClusterAtATime() {
        var clashes = strings("""
                MATCH (s:School {dataset: $dataset})-[a:IN_CLUSTER]->(c1), (s)-[b:IN_CLUSTER]->(c2)
                WHERE elementId(a) < elementId(b)
                  AND coalesce(a.validFromDate, date('0001-01-01')) <= coalesce(b.validToDate, date('9999-12-31'))
                  AND coalesce(b.validFromDate, date('0001-01-01')) <= coalesce(a.validToDate, date('9999-12-31'))
                RETURN s.name
                """);
        assertThat(clashes).isEmpty();
        assertThat(count("MATCH (s:School {dataset: $dataset}) WHERE NOT (s)-[:IN_CLUSTER]->() RETURN count(s)"))
                .as("schools in no cluster").isZero();
    }

    @Test
    void membershipDatesAreInOrder() {
        assertThat(strings("""
                MATCH (m:Membership {dataset: $dataset}) WHERE m.validToDate < m.validFromDate RETURN m.id
                """)).isEmpty();
    }

    @Test
    void thereAreNoOrphanPostsOrMemberships() {
        assertThat(strings("MATCH (p:Post {dataset: $dataset}) WHERE NOT (p)-[:SEAT_ON]->() RETURN p.id")).isEmpty();
        assertThat(strings("""
                MATCH (m:Membership {dataset: $dataset})
                WHERE NOT (m)-[:OF_POST]->(:Post) OR NOT (:Person)-[:HOLDS]->(m)
                RETURN m.id
                """)).isEmpty();
    }

    @Test
    void aPostcodeFromCodePointResolvesToItsDistrict() throws IOException {
        // First data row of the Code-Point Open extract: "BH23 5QQ",...,"E07000091" (New Forest)
        String row = Files.readAllLines(DATASETS.resolve("sources/codepoint_open_hampshire_county_postcodes_2025-10.csv"))
                .get(1);
        assertThat(row).startsWith("\"BH23 5QQ\"").contains("\"E07000091\"");

        var district = strings("""
                MATCH (p:Postcode {code: 'BH23 5QQ'})
                MATCH (d:District {id: p.district})
                RETURN d.name + ' ' + d.onsCode
                """);
        assertThat(district).containsExactly("New Forest E07000091");
    }

    @Test
    void theThreeNamedOfficeHoldersAreRealAndEveryOtherPersonIsIllustrative() {
        assertThat(strings("""
                MATCH (p:Person {dataset: $dataset}) WHERE p.illustrative IS NULL RETURN p.name ORDER BY p.name
                """)).containsExactly("Colin Hardy", "John Coughlan", "Roy Perry");
    }

    @Test
    void kentHasItsTrustAndTwentyThreePartnershipsReportingToIt() {
        assertThat(count("""
                MATCH (:Partnership {dataset: 'authority:E10000016', kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})
                      -[:REPORTS_TO]->(:Partnership {name: "Kent Children's Trust"})-[:REPORTS_TO]->
                      (:Partnership {name: 'Kent Partnership', kind: 'LOCAL_STRATEGIC_PARTNERSHIP'})
                RETURN count(*)
                """)).isEqualTo(23);
    }

    private static long dataLines(String file) throws IOException {
        try (var lines = Files.lines(DATASETS.resolve(file))) {
            return lines.skip(1).filter(l -> !l.isBlank()).count();
        }
    }

    private long count(String labelOrQuery) {
        String query = labelOrQuery.contains(" ") ? labelOrQuery
                : labelOrQuery.equals("Postcode") ? "MATCH (n:Postcode {dataset: $dataset}) RETURN count(n)"
                        : "MATCH (n:" + labelOrQuery + " {dataset: $dataset}) RETURN count(n)";
        return driver.executableQuery(query).withParameters(HAMPSHIRE).execute().records().getFirst().get(0).asLong();
    }

    private List<String> strings(String query) {
        return driver.executableQuery(query).withParameters(HAMPSHIRE).execute().records().stream()
                .map(r -> r.get(0).asString()).toList();
    }
}
