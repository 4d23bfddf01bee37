package org.trustmap.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scale generator: the same seed always gives the same files, and what it invents says so. */
class NetworkGeneratorTest {

    static final Path SOURCES = Path.of("../datasets/sources");
    /** Rutland (a small unitary) and Surrey (a two-tier county with 11 districts). */
    static final String SIZE = "authorities:E06000017,E10000030";

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesByteIdenticalFiles() {
        NetworkGenerator.of(SIZE, SOURCES).generate(folder.resolve("first"), 7);
        NetworkGenerator.of(SIZE, SOURCES).generate(folder.resolve("second"), 7);

        assertThat(hash(folder.resolve("second"))).isEqualTo(hash(folder.resolve("first")));
    }

    @Test
    void anotherSeedGivesOtherPeopleAndSeats() {
        NetworkGenerator.of(SIZE, SOURCES).generate(folder.resolve("seven"), 7);
        NetworkGenerator.of(SIZE, SOURCES).generate(folder.resolve("eight"), 8);

        assertThat(hash(folder.resolve("eight"))).isNotEqualTo(hash(folder.resolve("seven")));
    }

    @Test
    void anAuthorityComesOutTheSameWhateverElseIsGenerated() {
        NetworkGenerator.of(SIZE, SOURCES).generate(folder.resolve("two"), 7);
        NetworkGenerator.of("authorities:E06000017", SOURCES).generate(folder.resolve("one"), 7);

        assertThat(hash(folder.resolve("one/E06000017"))).isEqualTo(hash(folder.resolve("two/E06000017")));
    }

    @Test
    void everyInventedPersonAndBodyIsMarkedIllustrativeWithExampleContacts() throws IOException {
        NetworkGenerator.of(SIZE, SOURCES).generate(folder, 7);
        JsonNode network = JsonMapper.builder().build().readTree(folder.resolve("E10000030/network.json").toFile());

        assertThat(network.path("people")).isNotEmpty().allSatisfy(person -> {
            assertThat(person.path("illustrative").asBoolean()).isTrue();
            assertThat(person.path("email").asString("x@example.org")).endsWith("@example.org");
        });
        List<String> lines = Files.readAllLines(folder.resolve("E10000030/bodies.csv"));
        List<String> bodies = lines.subList(1, lines.size());
        assertThat(bodies).allSatisfy(line -> assertThat(line).contains(",true,generated,")
                .doesNotContainPattern("https?://(?![^/,]*example\\.org)"));
        assertThat(network.path("memberships")).allSatisfy(m -> assertThat(m.path("illustrative").asBoolean()).isTrue());
    }

    @Test
    void everyGeneratedIdCarriesAnOnsCodeOfItsAuthority() {
        NetworkGenerator.of(SIZE, SOURCES).generate(folder, 7);
        JsonNode network = JsonMapper.builder().build().readTree(folder.resolve("E10000030/network.json").toFile());
        List<String> codes = new ArrayList<>(List.of("e10000030"));
        network.path("districts").forEach(d -> codes.add(d.path("onsCode").asString().toLowerCase()));

        for (String section : List.of("partnerships", "clusters", "people", "posts", "memberships")) {
            assertThat(network.path(section)).as(section).isNotEmpty().allSatisfy(item -> assertThat(
                    codes.stream().anyMatch(code -> item.path("id").asString().contains(":" + code + "-")))
                    .as(item.path("id").asString()).isTrue());
        }
    }

    @Test
    void theCountyHoldsHampshiresRealSchoolsAndPostcodes() throws IOException {
        var summary = NetworkGenerator.of("county", SOURCES).generate(folder, 7);

        assertThat(summary.authorities()).containsExactly("E10000014");
        assertThat(summary.counts()).containsEntry("postcodes", 39_894).containsEntry("districts", 11);
        assertThat(Files.readString(folder.resolve("E10000014/postcodes.csv"))).contains("GU51 3AA,E07000089");
        assertThat(summary.counts().get("schools")).isGreaterThanOrEqualTo(494);
    }

    private static Map<String, String> hash(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toMap(
                    f -> root.relativize(f).toString(), NetworkGeneratorTest::sha256, (a, b) -> a, TreeMap::new));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
