package org.trustmap.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.importing.DatasetLocation;
import org.trustmap.importing.ImportProgress;
import org.trustmap.importing.NetworkImporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small generated size (Rutland) imports beside the bundled networks and answers every headline
 * operation of the benchmark over HTTP, each with one database round trip, as the API promises.
 * The operations are the benchmark's own files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedNetworkQueriesTest {

    static final String RUTLAND = "authority:E06000017";
    static final Path OPERATIONS = Path.of("../benchmark/src/main/resources/operations");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    NetworkImporter importer;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    @TempDir
    static Path folder;

    NetworkGenerator.Summary summary;

    @BeforeAll
    void importRutland() {
        importer.remove(RUTLAND);
        summary = NetworkGenerator.of("authorities:E06000017", NetworkGeneratorTest.SOURCES).generate(folder, 7);
        importer.importDataset(DatasetLocation.of(folder.resolve("E06000017").toString()), ImportProgress.NONE);
    }

    @AfterAll
    void removeRutland() {
        importer.remove(RUTLAND);
    }

    @Test
    void theGraphHoldsWhatWasGenerated() {
        assertThat(count("Person")).isEqualTo((long) summary.counts().get("people"));
        assertThat(count("Membership")).isEqualTo((long) summary.counts().get("memberships"));
        assertThat(count("Partnership")).isEqualTo((long) summary.counts().get("partnerships"));
        assertThat(count("Post")).isEqualTo((long) summary.counts().get("posts"));
        assertThat(count("School")).isEqualTo((long) summary.counts().get("schools"));
        assertThat(count("Body")).isEqualTo(summary.counts().get("bodies") + (long) summary.counts().get("schools"));
    }

    @Test
    void findRepresentativesByTheRealPostcodeOfAGeneratedSchool() throws IOException {
        String postcode = Files.readAllLines(folder.resolve("E06000017/postcodes.csv")).get(1).split(",")[0];

        JsonNode answer = query("findRepresentatives", Map.of("place", postcode)).path("findRepresentatives");

        assertThat(answer.path("status").asString()).isEqualTo("FOUND");
        assertThat(answer.at("/resolvedAs/authority/id").asString()).isEqualTo(RUTLAND);
        assertThat(answer.path("seats")).isNotEmpty();
        assertThat(answer.path("councilsForVoluntaryService")).isNotEmpty();
    }

    @Test
    void representationCoverageOfTheGeneratedAuthority() {
        JsonNode rows = query("representationCoverage", Map.of("authority", RUTLAND)).path("representationCoverage");

        assertThat(rows).isNotEmpty();
        assertThat(rows.findValuesAsString("kind")).contains("DISTRICT", "PARTNERSHIP");
    }

    @Test
    void neighbourhoodOfAnLcpAtOneAndTwoHops() {
        String lcp = "partnership:e06000017-lcp";

        JsonNode one = query("neighbourhood", Map.of("id", lcp, "hops", 1)).path("neighbourhood");
        JsonNode two = query("neighbourhood", Map.of("id", lcp, "hops", 2)).path("neighbourhood");

        assertThat(one.path("centre").asString()).isEqualTo(lcp);
        assertThat(one.path("nodes")).hasSizeGreaterThan(5);
        assertThat(two.path("nodes").size()).isGreaterThan(one.path("nodes").size());
    }

    @Test
    void searchFindsTheGeneratedBodies() {
        assertThat(query("search", Map.of("text", "Oakham")).path("search")).isNotEmpty();
    }

    @Test
    void browsingFourLevelsDeep() {
        assertThat(query("browse", Map.of()).at("/partnerships/edges")).hasSize(20);
    }

    /** Runs an operation file and checks that it answered without errors in one database round trip. */
    private JsonNode query(String operation, Map<String, Object> variables) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", Files.readString(OPERATIONS.resolve(operation + ".graphql")));
            body.put("variables", variables);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/graphql")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json.path("errors")).as(operation + " errors").isEmpty();
            assertThat(json.at("/extensions/dbRoundTrips").asInt()).as(operation + " round trips").isEqualTo(1);
            return json.path("data");
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private long count(String label) {
        return driver.executableQuery("MATCH (n:$($label) {dataset: $dataset}) RETURN count(n) AS n")
                .withParameters(Map.of("label", label, "dataset", RUTLAND)).execute().records().getFirst().get("n")
                .asLong();
    }
}
