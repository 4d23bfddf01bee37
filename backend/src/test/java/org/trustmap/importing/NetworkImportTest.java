package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.trustmap.support.GraphFingerprint;

/** Import and export of one authority's network, on Testshire, a small invented authority. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NetworkImportTest {

    static final String TESTSHIRE = "authority:E10999999";

    @Autowired
    NetworkImporter importer;

    @Autowired
    NetworkExporter exporter;

    @Autowired
    Driver driver;

    Path folder;

    @BeforeEach
    void copyTheFixture() {
        folder = org.trustmap.support.Testshire.copy();
        importer.remove(TESTSHIRE);
    }

    @AfterEach
    void removeTestshire() {
        importer.remove(TESTSHIRE);
    }

    @Test
    void importsEveryKindWithItsRelationships() {
        ImportReport report = importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);

        assertThat(report.nodes()).containsEntry("Authority", 1L).containsEntry("District", 2L)
                .containsEntry("Partnership", 3L).containsEntry("SchoolCluster", 2L).containsEntry("Person", 3L)
                .containsEntry("Post", 3L).containsEntry("Membership", 3L).containsEntry("Plan", 1L)
                .containsEntry("Body", 6L).containsEntry("School", 3L).containsEntry("Postcode", 3L);
        var row = driver.executableQuery("""
                MATCH (p:Person)-[:HOLDS]->(m:Membership)-[:OF_POST]->(post:Post)-[:SEAT_ON]->(board:Partnership),
                      (m)-[:ON_BEHALF_OF]->(body:Body)
                WHERE m.id = 'membership:board-vcs-ada'
                RETURN p.name AS person, board.name AS board, body.name AS body, m.validFromDate AS from,
                       m.validToDate AS to
                """).execute().records().getFirst();
        assertThat(row.get("person").asString()).isEqualTo("Ada Example");
        assertThat(row.get("board").asString()).isEqualTo("Testshire Children's Trust Board");
        assertThat(row.get("body").asString()).isEqualTo("Northdale Council for Voluntary Service");
        assertThat(row.get("from").asLocalDate()).hasToString("2010-04-01");
        assertThat(row.get("to").asLocalDate()).hasToString("2014-03-31");
        var academy = driver.executableQuery("MATCH (s:School {urn: 900003}) RETURN s.kind AS kind, s.sector AS sector")
                .execute().records().getFirst();
        assertThat(academy.get("kind").asString()).isEqualTo("ACADEMY");
        assertThat(academy.get("sector").asString()).isEqualTo("EDUCATION");
    }

    @Test
    void importingTheSameFilesTwiceGivesTheSameGraph() {
        importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);
        var first = GraphFingerprint.of(driver, TESTSHIRE);

        importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);

        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEqualTo(first).hasSizeGreaterThan(30);
    }

    @Test
    void aSecondImportRemovesWhatTheFileNoLongerHas() throws IOException {
        importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);
        edit("postcodes.csv", "ZZ9 9ZZ,E07999992,460000,120000\n", "");
        edit("network.json", """
                    {"type": "OWNS", "from": "partnership:testshire-board", "to": "plan:testshire-cypp"},
                """, "");

        importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);

        assertThat(count("MATCH (p:Postcode {code: 'ZZ9 9ZZ'}) RETURN count(p)")).isZero();
        assertThat(count("MATCH (:Partnership {id: 'partnership:testshire-board'})-[r:OWNS]->() RETURN count(r)"))
                .isZero();
    }

    @Test
    void exportThenImportIntoAnEmptyGraphGivesTheSameGraph() {
        importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);
        var before = GraphFingerprint.of(driver, TESTSHIRE);
        Path exported = folder.resolve("exported");

        exporter.export(TESTSHIRE, exported);
        importer.remove(TESTSHIRE);
        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEmpty();
        importer.importDataset(DatasetLocation.of(exported.toString()), ImportProgress.NONE);

        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEqualTo(before);
    }

    @Test
    void aDatasetMustNotTakeOverAnotherAuthoritysNodes() throws IOException {
        edit("bodies.csv", "body:testshire-police,", "body:hampshire-constabulary,");
        edit("network.json", "\"from\": \"body:testshire-police\"", "\"from\": \"body:hampshire-constabulary\"");
        var hampshire = GraphFingerprint.of(driver, "authority:E10000014");

        assertThatThrownBy(() -> importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("body:hampshire-constabulary (authority:E10000014)")
                .hasMessageContaining("already belongs to another authority's network");
        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEmpty();
        assertThat(GraphFingerprint.of(driver, "authority:E10000014")).isEqualTo(hampshire);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the fixture %s contains the text to change", file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private long count(String query) {
        return driver.executableQuery(query).execute().records().getFirst().get(0).asLong();
    }
}
