package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/**
 * Each kind of bad input is refused with a message that says where the problem is and what it is,
 * and the graph is left exactly as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RejectedImportTest {

    @Autowired
    NetworkImporter importer;

    @Autowired
    Driver driver;

    private static final String SOURCES_LIST = "  \"sources\": [{\"id\": \"test\", \"title\": \"Written by hand for the "
            + "tests\", \"url\": \"https://example.org/testshire\"}],\n";

    Path folder;

    @BeforeEach
    void copyTheFixture() {
        folder = org.trustmap.support.Testshire.copy();
    }

    /** An import that should have been refused must not fail the tests after it too. */
    @AfterEach
    void removeTestshireIfImported() {
        if (importer.isImported("authority:E10999999")) {
            importer.remove("authority:E10999999");
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("an unknown district code", "schools.csv", "900003,Southmere Academy,E07999992",
                        "900003,Southmere Academy,E07000999",
                        "schools.csv line 4, field district: unknown district code E07000999"),
                Arguments.of("an end before the start", "network.json", "\"validFrom\": \"2010-04\", \"validTo\": \"2014-03\"",
                        "\"validFrom\": \"2010-04\", \"validTo\": \"2009-12\"",
                        "network.json $.memberships[0], field validTo: ends (2009-12) before it starts (2010-04)"),
                Arguments.of("a duplicate URN", "schools.csv", "900002,Northdale Primary School", "900001,Northdale Primary School",
                        "schools.csv line 3, field urn: duplicate URN 900001 (first in schools.csv line 2)"),
                Arguments.of("a dangling reference", "network.json", "\"post\": \"post:testshire-board-chair\"",
                        "\"post\": \"post:no-such-seat\"",
                        "network.json $.memberships[2], field post: refers to post:no-such-seat, which is not in this dataset"),
                Arguments.of("a reference to the wrong kind", "network.json", "\"onBehalfOf\": \"body:testshire-county-council\"",
                        "\"onBehalfOf\": \"person:ada-example\"",
                        "field onBehalfOf: 'person:ada-example' must be the id of Body or School"),
                Arguments.of("an impossible date", "network.json", "\"validFrom\": \"2010-02\", \"derived\"",
                        "\"validFrom\": \"2010-02-30\", \"derived\"",
                        "network.json $.partnerships[2], field validFrom: '2010-02-30' is not a real date"),
                Arguments.of("a value outside the list", "network.json", "\"kind\": \"TRUST_BOARD\"", "\"kind\": \"BOARD\"",
                        "network.json $.partnerships[1], field kind: 'BOARD' is not one of CHILDRENS_TRUST"),
                Arguments.of("an unknown field", "network.json", "\"honorific\": \"Cllr\"", "\"honorfic\": \"Cllr\"",
                        "network.json $.people[2], field honorfic: unknown field"),
                Arguments.of("a missing required field", "network.json",
                        "{\"id\": \"person:ben-sample\", \"name\": \"Ben Sample\",", "{\"id\": \"person:ben-sample\",",
                        "network.json $.people[1], field name: is required"),
                Arguments.of("a relation joining the wrong kinds", "network.json",
                        "{\"type\": \"OWNS\", \"from\": \"partnership:testshire-board\"",
                        "{\"type\": \"OWNS\", \"from\": \"district:E07999991\"",
                        "OWNS cannot join a District to a Plan; it joins Partnership to Plan"),
                Arguments.of("a duty to co-operate without its legal basis", "network.json",
                        "\"basis\": \"Children Act 2004 s10\", ", "",
                        "network.json $.relations[5], field basis: is required for a duty to co-operate"),
                Arguments.of("a school in two clusters at once", "school-clusters.csv", "900002,cluster:southmere-academy,2016,",
                        "900002,cluster:southmere-academy,2014,",
                        "school-clusters.csv line 4, field validFrom: school 900002 would be in cluster:northdale-high and cluster:southmere-academy at the same time"),
                Arguments.of("a malformed postcode", "postcodes.csv", "ZZ1 1AB,E07999991", "ZZ1 1ABC,E07999991",
                        "postcodes.csv line 3, field postcode: 'ZZ1 1ABC' is not a UK postcode"),
                Arguments.of("a duplicate postcode", "postcodes.csv", "ZZ1 1AB,E07999991", "ZZ1 1AA,E07999991",
                        "postcodes.csv line 3, field postcode: duplicate postcode ZZ1 1AA (first on line 2)"),
                Arguments.of("a wrong CSV header", "bodies.csv", "id,name,kind,sector", "id,title,kind,sector",
                        "bodies.csv line 1: the header must be id,name,kind,sector"),
                Arguments.of("a short CSV row", "bodies.csv", "Testshire Police,POLICE,STATUTORY,2001,,,,,true,test,",
                        "Testshire Police,POLICE,STATUTORY,2001", "bodies.csv line 3: 6 fields where the header has 12"),
                Arguments.of("a missing CSV file", "network.json", "\"postcodes\": \"postcodes.csv\"",
                        "\"postcodes\": \"missing.csv\"", "network.json $.files: missing.csv is named but not found"),
                Arguments.of("a bad email address", "bodies.csv", "hello@example.org", "hello-at-example.org",
                        "bodies.csv line 4, field email: 'hello-at-example.org' is not an email address"),
                Arguments.of("a web address that is not one", "bodies.csv", "https://example.org/cvs", "javascript:alert(1)",
                        "bodies.csv line 4, field website: 'javascript:alert(1)' is not a web address"),
                Arguments.of("a newer format version", "network.json", "\"formatVersion\": 1", "\"formatVersion\": 2",
                        "network.json $, field formatVersion: must be 1"),
                Arguments.of("broken JSON", "network.json", "\"agreements\": [],", "\"agreements\": [,",
                        "network.json line 23 column"),
                Arguments.of("an unknown source", "network.json", "\"source\": \"test\"},\n    {\"id\": \"person:ben-sample\"",
                        "\"source\": \"hearsay\"},\n    {\"id\": \"person:ben-sample\"",
                        "network.json $.people[0], field source: refers to source 'hearsay', which is not in the sources list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithItsProblemAndTheGraphUnchanged(String what, String file, String from, String to,
            String expectedProblem) throws IOException {
        edit(file, from, to);
        long nodesBefore = count();

        assertThatThrownBy(() -> importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("nothing was written")
                .hasMessageContaining(expectedProblem);

        assertThat(count()).isEqualTo(nodesBefore);
        assertThat(importer.isImported("authority:E10999999")).isFalse();
    }

    @Test
    void aFileWithoutASourcesListMayNameOnlyTheSourcesTheGraphHolds() throws IOException {
        theGraphHoldsTheSourceTest();
        edit("network.json", SOURCES_LIST, "");
        edit("network.json", "\"source\": \"test\"},\n    {\"id\": \"person:ben-sample\"",
                "\"source\": \"hearsay\"},\n    {\"id\": \"person:ben-sample\"");
        long nodesBefore = count();

        assertThatThrownBy(() -> importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE))
                .isInstanceOfSatisfying(InvalidDatasetException.class, ex -> assertThat(ex.problems())
                        .extracting(ImportProblem::toString).containsExactly("network.json $.people[0], field source: "
                                + "refers to source 'hearsay', which is not in the sources list"));

        assertThat(count()).isEqualTo(nodesBefore);
        assertThat(importer.isImported("authority:E10999999")).isFalse();
    }

    @Test
    void aFileWithoutASourcesListImportsWhenEverySourceItNamesIsInTheGraph() throws IOException {
        theGraphHoldsTheSourceTest();
        edit("network.json", SOURCES_LIST, "");

        importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);

        assertThat(importer.isImported("authority:E10999999")).isTrue();
    }

    /** As after any import of Testshire (a Source stays when its network is removed). */
    private void theGraphHoldsTheSourceTest() {
        driver.executableQuery("MERGE (s:Source {id: 'test'}) ON CREATE SET s.title = 'Written by hand for the tests'")
                .execute();
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws IOException {
        edit("schools.csv", "900003,Southmere Academy,E07999992", "900003,Southmere Academy,E07000999");
        edit("postcodes.csv", "ZZ1 1AB,E07999991", "ZZ1 1ABC,E07999991");
        edit("network.json", "\"kind\": \"TRUST_BOARD\"", "\"kind\": \"BOARD\"");

        assertThatThrownBy(() -> importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE))
                .isInstanceOfSatisfying(InvalidDatasetException.class, ex -> assertThat(ex.problems())
                        .extracting(ImportProblem::file)
                        .containsExactlyInAnyOrder("network.json", "schools.csv", "postcodes.csv"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the fixture %s contains the text to change", file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private long count() {
        return driver.executableQuery("MATCH (n) RETURN count(n)").execute().records().getFirst().get(0).asLong();
    }
}
