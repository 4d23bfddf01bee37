package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;
import org.trustmap.audit.AuditTrail;
import org.trustmap.database.EmbeddedNeo4j;
import org.trustmap.database.SchemaMigrations;

/**
 * The Code-Point Open loader, on a database of its own: it owns every postcode there, so nothing it does
 * can change the shared test graph (where the bundled Hampshire dataset holds the same postcodes).
 */
class PostcodeLoaderTest {

    private static final Path EXTRACT = Path.of("../datasets/sources/codepoint_open_hampshire_county_postcodes_2025-10.csv");
    private static final Path BUNDLED = Path.of("../datasets/hampshire/postcodes.csv");
    private static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime SECOND = OffsetDateTime.of(2026, 4, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime THIRD = OffsetDateTime.of(2026, 7, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static Path home;
    private static EmbeddedNeo4j neo4j;
    private static Driver driver;
    private static PostcodeLoader loader;

    @TempDir
    Path files;

    @BeforeAll
    static void startItsOwnDatabase() throws IOException {
        home = Files.createTempDirectory("trustmap-postcode-loader");
        neo4j = EmbeddedNeo4j.start(home, 0, 32L << 20, 256L << 20, "postcode-loader-test");
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), neo4j.password()));
        new SchemaMigrations(driver, new PathMatchingResourcePatternResolver(), "classpath:neo4j/migrations/").apply();
        loader = new PostcodeLoader(driver, new AuditTrail());
    }

    @AfterAll
    static void stopIt() {
        driver.close();
        neo4j.close();
        FileSystemUtils.deleteRecursively(home.toFile());
    }

    @BeforeEach
    void empty() {
        driver.executableQuery("MATCH (n) WHERE n:Postcode OR n:PostcodeRelease OR n:AuditEvent DETACH DELETE n")
                .execute();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHampshireExtractGivesExactlyTheBundledPostcodes() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        var outcome = loader.load(EXTRACT, null, FIRST, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).as("progress").contains("Checked 1 file(s), 39894 rows")
                .contains("39894 of 39894 postcodes written");
        List<String> bundled = Files.readAllLines(BUNDLED).stream().skip(1).sorted().toList();
        List<String> loaded = driver.executableQuery("""
                MATCH (p:Postcode {dataset: 'codepoint-open'})
                RETURN p.code + ',' + p.district + ',' + p.easting + ',' + p.northing AS line,
                       p.location.x = p.easting AND p.location.y = p.northing AND p.location.srid = 7203 AS placed
                ORDER BY line
                """).execute().records().stream().peek(r -> assertThat(r.get("placed").asBoolean())
                        .as("location of %s", r.get("line").asString()).isTrue())
                .map(r -> r.get("line").asString()).toList();
        assertThat(loaded).hasSize(39_894).containsExactlyElementsOf(bundled);
        assertThat(outcome.release()).as("from the file name").isEqualTo("2025-10");
        var release = driver.executableQuery("MATCH (r:PostcodeRelease {id: 'codepoint-open'}) RETURN r").execute()
                .records().getFirst().get("r").asMap();
        assertThat(release).containsEntry("release", "2025-10").containsEntry("postcodes", 39_894L);
        assertThat((List<Object>) release.get("districts")).containsExactly("E07000084", "E07000085", "E07000086",
                "E07000087", "E07000088", "E07000089", "E07000090", "E07000091", "E07000092", "E07000093",
                "E07000094");
        assertThat(driver.executableQuery("MATCH (e:AuditEvent {action: 'import-postcodes'}) RETURN count(e) AS n")
                .execute().records().getFirst().get("n").asLong()).isEqualTo(1);
    }

    @Test
    void loadingTheSameReleaseAgainGivesTheSameGraph() throws IOException {
        Path release = write("codepo_gb_2025-10", "gu.csv", """
                "GU513AA",10,481234,154321,"E92000001","E19000002","E18000009","E10000014","E07000089","E05012345"
                "GU514AB",10,481300,154400,"E92000001","E19000002","E18000009","E10000014","E07000089","E05012345"
                """);
        loader.load(release, null, FIRST, QUIET);
        String once = graph();
        var again = loader.load(release, null, SECOND, QUIET);

        assertThat(graph()).isEqualTo(once);
        assertThat(again.retired()).isZero();
        assertThat(again.postcodes()).isEqualTo(2);
    }

    @Test
    void aPostcodeMissingFromALaterLoadIsRetiredAndOneThatComesBackIsNot() throws IOException {
        String gu513aa = "\"GU513AA\",10,481234,154321,\"E92000001\",\"\",\"\",\"E10000014\",\"E07000089\",\"E05012345\"\n";
        String b11aa = "\"B1  1AA\",10,406000,287000,\"E92000001\",\"\",\"\",\"E99999999\",\"E08000025\",\"E05002095\"\n";
        loader.load(write("first", "a.csv", gu513aa + b11aa), "2025-10", FIRST, QUIET);
        var second = loader.load(write("second", "a.csv", b11aa.replace("406000", "406010")), "2026-01", SECOND,
                QUIET);

        assertThat(second.retired()).isEqualTo(1);
        assertThat(postcode("GU51 3AA")).containsEntry("retiredOn", LocalDate.of(2026, 4, 10))
                .containsEntry("retiredInRelease", "2026-01").containsEntry("district", "E07000089");
        assertThat(postcode("B1 1AA")).doesNotContainKey("retiredOn").containsEntry("easting", 406010L);

        var later = loader.load(write("later", "a.csv", b11aa), "2026-04", THIRD, QUIET);
        assertThat(later.retired()).as("still retired, not again").isZero();
        assertThat(postcode("GU51 3AA")).as("retired on the load that first missed it")
                .containsEntry("retiredOn", LocalDate.of(2026, 4, 10));

        var back = loader.load(write("back", "a.csv", gu513aa + b11aa), "2026-07", THIRD.plusDays(1), QUIET);
        assertThat(back.returned()).isEqualTo(1);
        assertThat(postcode("GU51 3AA")).doesNotContainKey("retiredOn").doesNotContainKey("retiredInRelease");
        assertThat(driver.executableQuery("MATCH (r:PostcodeRelease) RETURN r.release AS release").execute()
                .records()).singleElement().satisfies(r -> assertThat(r.get("release").asString()).isEqualTo("2026-07"));
    }

    @Test
    void aMalformedFileIsRefusedNamingFileLineAndColumnAndNothingIsWritten() throws IOException {
        loader.load(write("first", "gu.csv", """
                "GU513AA",10,481234,154321,"E92000001","","","E10000014","E07000089","E05012345"
                """), "2025-10", FIRST, QUIET);
        String before = graph();
        Path folder = write("broken", "gu.csv", """
                "GU514AB",10,481300,154400,"E92000001","","","E10000014","E07000089","E05012345"
                """);
        Files.writeString(folder.resolve("so.csv"), """
                "SO147DU",10,442000,111000,"E92000001","","","E99999999","E06000045","E05002461"
                "SO147DX",10,44x000,111000,"E92000001","","","E99999999","E06000045","E05002461"
                "SO14 7D",10,442000,111000,"E92000001","","","E99999999","E06000045","E05002461"
                "SO147DY",10,442000,111000,"E92000001","","","E99999999","E06000045"
                """);

        assertThatThrownBy(() -> loader.load(folder, "2026-01", SECOND, QUIET))
                .isInstanceOfSatisfying(InvalidDatasetException.class, ex -> assertThat(ex.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "so.csv line 2, field column 3 (Eastings): '44x000' is not an easting in metres "
                                        + "(0 to 700000)",
                                "so.csv line 3, field column 1 (Postcode): 'SO14 7D' is not a postcode (such as "
                                        + "GU51 3AA)",
                                "so.csv line 4: 9 columns where Code-Point Open has 10"));
        assertThat(graph()).as("nothing of the refused load").isEqualTo(before);
        assertThat(postcode("GU51 4AB")).isNull();
    }

    @Test
    void aPostcodeGivenTwiceIsRefusedNamingBothPlaces() throws IOException {
        Path folder = write("twice", "gu.csv", """
                "GU513AA",10,481234,154321,"E92000001","","","E10000014","E07000089","E05012345"
                """);
        Files.writeString(folder.resolve("gv.csv"), """
                "GU514AB",10,481300,154400,"E92000001","","","E10000014","E07000089","E05012345"
                "GU51 3AA",10,481234,154321,"E92000001","","","E10000014","E07000089","E05012345"
                """);

        assertThatThrownBy(() -> loader.load(folder, "2025-10", FIRST, QUIET))
                .isInstanceOfSatisfying(InvalidDatasetException.class, ex -> assertThat(ex.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "gu.csv line 1, field column 1 (Postcode): GU51 3AA is given more than once in the "
                                        + "release",
                                "gv.csv line 2, field column 1 (Postcode): GU51 3AA is given more than once in the "
                                        + "release"));
        assertThat(graph()).isEmpty();
    }

    @Test
    void rowsOutsideEnglandAreSkippedAndAHeaderLineIsRead() throws IOException {
        Path file = files.resolve("extract.csv");
        Files.writeString(file, """
                Postcode,Positional_quality_indicator,Eastings,Northings,Country_code,NHS_regional_HA_code,NHS_HA_code,Admin_county_code,Admin_district_code,Admin_ward_code
                "CF10 1AA",10,318000,176000,"W92000004","","","","W06000015","W05000001"
                "EH1 1AA",10,325000,673000,"S92000003","","","","S12000036","S13002551"
                "GU51 3AA",90,0,0,"E92000001","","","E10000014","E07000089","E05012345"
                """);
        var outcome = loader.load(file, "2025-10", FIRST, QUIET);

        assertThat(outcome.outsideEngland()).isEqualTo(2);
        assertThat(outcome.postcodes()).isEqualTo(1);
        assertThat(driver.executableQuery("MATCH (p:Postcode) RETURN collect(p.code) AS codes").execute().records()
                .getFirst().get("codes").asList()).containsExactly("GU51 3AA");
        assertThat(postcode("GU51 3AA")).as("quality 90: Ordnance Survey gives no position")
                .doesNotContainKeys("easting", "northing", "location");
    }

    @Test
    void aPostcodeAnotherDatasetHoldsIsLeftAsItIs() throws IOException {
        driver.executableQuery("""
                CREATE (:Postcode {code: 'GU51 3AA', dataset: 'authority:E10000014', district: 'E07000089',
                                   easting: 481234, northing: 154321, location: point({x: 481234.0, y: 154321.0})})
                """).execute();
        String row = "\"GU513AA\",10,999,999,\"E92000001\",\"\",\"\",\"E10000014\",\"E07000085\",\"E05012345\"\n";
        var outcome = loader.load(write("first", "gu.csv", row), "2025-10", FIRST, QUIET);
        loader.load(write("second", "gu.csv", row.replace("GU513AA", "GU514AB")), "2026-01", SECOND, QUIET);

        assertThat(outcome.heldElsewhere()).isEqualTo(1);
        assertThat(postcode("GU51 3AA")).containsEntry("dataset", "authority:E10000014")
                .containsEntry("district", "E07000089").containsEntry("easting", 481234L)
                .doesNotContainKeys("retiredOn", "loadedAt");
    }

    @Test
    void readsTheProductZip() throws IOException {
        Path zip = files.resolve("codepo_gb_2025-10.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Doc/Code-Point_Open_Column_Headers.csv"));
            out.write("PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("Data/CSV/gu.csv"));
            out.write("\"GU513AA\",10,481234,154321,\"E92000001\",\"\",\"\",\"E10000014\",\"E07000089\",\"E05012345\"\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        var outcome = loader.load(zip, null, FIRST, QUIET);

        assertThat(outcome.release()).isEqualTo("2025-10");
        assertThat(outcome.files()).as("the documentation is not data").isEqualTo(1);
        assertThat(postcode("GU51 3AA")).containsEntry("district", "E07000089");
    }

    private Path write(String folder, String file, String text) throws IOException {
        Path dir = Files.createDirectories(files.resolve(folder));
        Files.writeString(dir.resolve(file), text);
        return dir;
    }

    private Map<String, Object> postcode(String code) {
        var records = driver.executableQuery("MATCH (p:Postcode {code: $code}) RETURN p").withParameters(
                Map.of("code", code)).execute().records();
        return records.isEmpty() ? null : records.getFirst().get("p").asMap();
    }

    /** Every postcode as the contract with the lookups sees it. */
    private String graph() {
        return driver.executableQuery("""
                MATCH (p:Postcode)
                RETURN p.code AS code, p.dataset AS dataset, p.district AS district, p.easting AS easting,
                       p.northing AS northing, p.location AS location, p.retiredOn AS retiredOn
                ORDER BY code
                UNION ALL
                MATCH (r:PostcodeRelease)
                RETURN r.id AS code, r.release AS dataset, null AS district, r.postcodes AS easting,
                       null AS northing, r.districts AS location, null AS retiredOn
                """).execute().records().stream().map(r -> r.asMap().toString()).collect(Collectors.joining("\n"));
    }
}
