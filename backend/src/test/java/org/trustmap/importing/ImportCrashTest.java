package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustmap.TrustmapApplication;
import org.trustmap.database.EmbeddedNeo4j;

/**
 * An import killed with kill -9 halfway through writing leaves the graph as it was before: the whole
 * import is one transaction, and Neo4j's recovery on the next start discards an uncommitted one.
 */
class ImportCrashTest {

    /**
     * The child lives only until it is killed midway through the import, too short for the optimising
     * compiler to pay back the processor time it takes on two cores: the quick compiler alone reaches the
     * kill sooner. The heap, collector and opens are the Dockerfile's.
     */
    private static final List<String> CHILD_JVM = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx768m",
            "-XX:+UseSerialGC", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED");

    @TempDir
    Path store;

    @Test
    void anImportKilledMidwayLeavesNothingOfItBehind() throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(CHILD_JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                TrustmapApplication.class.getName(), "import", "classpath:datasets/hampshire",
                "--trustmap.neo4j.embedded.directory=" + store, "--trustmap.neo4j.embedded.bolt-port=0",
                "--logging.level.root=WARN"));
        Process importing = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        boolean midway = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(importing.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                // Postcodes are written after every other node and before the relationships: halfway.
                if (line.contains("Postcode: 10000 of 39894")) {
                    midway = true;
                    importing.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(midway).as("the import reported its progress:%n%s", String.join("\n", output)).isTrue();
        assertThat(importing.exitValue()).as("killed").isEqualTo(137);

        try (EmbeddedNeo4j recovered = EmbeddedNeo4j.start(store, 0, 32L << 20, 128L << 20, "crash-test-password");
                var driver = org.neo4j.driver.GraphDatabase.driver(recovered.boltUri(),
                        org.neo4j.driver.AuthTokens.basic("neo4j", "crash-test-password"))) {
            long written = driver.executableQuery("""
                    CALL () { MATCH (n:Entity {dataset: $d}) RETURN count(n) AS entities }
                    CALL () { MATCH (p:Postcode {dataset: $d}) RETURN count(p) AS postcodes }
                    RETURN entities + postcodes AS written
                    """).withParameters(Map.of("d", "authority:E10000014")).execute().records().getFirst()
                    .get("written").asLong();
            assertThat(written).as("nodes of the killed import").isZero();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
