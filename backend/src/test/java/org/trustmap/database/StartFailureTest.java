package org.trustmap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.trustmap.TrustmapApplication;

/**
 * A start that cannot succeed ends with what went wrong and the setting to change, in words, and no stack
 * trace on the console: the Bolt port taken, the data folder not writable, the external password wrong.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTest {

    @TempDir
    Path folder;

    @Test
    void aTakenBoltPortIsNamedWithItsSetting(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start("--trustmap.neo4j.embedded.directory=" + folder.resolve("neo4j"),
                    "--trustmap.neo4j.embedded.bolt-port=" + taken.getLocalPort()))
                    .isInstanceOf(Exception.class);

            assertThat(output.getOut() + output.getErr())
                    .contains("The embedded Neo4j cannot listen on port " + taken.getLocalPort()
                            + " of 127.0.0.1: another program uses it.")
                    .contains("TRUSTMAP_BOLT_PORT");
            assertNoStackTrace(output);
        }
    }

    @Test
    void anUnwritableDataFolderIsNamedWithItsSetting(CapturedOutput output) throws Exception {
        // Run as root, permissions do not stop a write; a file where a folder must go does.
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> start("--trustmap.neo4j.embedded.directory=" + file.resolve("neo4j"),
                "--trustmap.neo4j.embedded.bolt-port=0")).isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("The embedded Neo4j cannot write its data folder " + file.resolve("neo4j"))
                .contains("TRUSTMAP_DATA_DIR");
        assertNoStackTrace(output);
    }

    @Test
    void aWrongExternalPasswordIsNamedWithItsSetting(CapturedOutput output) throws Exception {
        try (EmbeddedNeo4j external = EmbeddedNeo4j.start(folder.resolve("external"), 0, 16L << 20, 64L << 20,
                "the-right-password")) {
            assertThatThrownBy(() -> start("--spring.neo4j.uri=" + external.boltUri(),
                    "--spring.neo4j.authentication.password=a-wrong-password")).isInstanceOf(Exception.class);

            assertThat(output.getOut() + output.getErr())
                    .contains("The Neo4j at " + external.boltUri() + " refused user neo4j and the password given.")
                    .contains("SPRING_NEO4J_AUTHENTICATION_PASSWORD");
            assertNoStackTrace(output);
        }
    }

    @Test
    void anUnreachableExternalDatabaseIsAskedAgainThenNamedWithItsSetting(CapturedOutput output) throws Exception {
        int closed = freePort();
        String uri = "bolt://127.0.0.1:" + closed;
        assertThatThrownBy(() -> start("--spring.neo4j.uri=" + uri, "--trustmap.database.start-wait=3s"))
                .isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("Waiting for the Neo4j at " + uri + " to answer: 0 s so far of 3 s (trustmap.database.start-wait)")
                .contains("The Neo4j at " + uri + " did not answer within 3 s (trustmap.database.start-wait): ")
                .contains("TRUSTMAP_DATABASE_START_WAIT");
        assertNoStackTrace(output);
    }

    @Test
    void anExternalDatabaseThatStartsLaterIsWaitedFor(CapturedOutput output) throws Exception {
        int port = freePort();
        // Started once before, so that it has its password from its first moment on the port.
        EmbeddedNeo4j.start(folder.resolve("late"), 0, 16L << 20, 64L << 20, "late-password").close();
        String waiting = "Waiting for the Neo4j at bolt://127.0.0.1:" + port + " to answer";
        // Comes up only once the application has found it away and said that it waits.
        var late = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
            while (!output.getOut().contains(waiting) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(200);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            return EmbeddedNeo4j.start(folder.resolve("late"), port, 16L << 20, 64L << 20, "late-password");
        });
        try {
            // Generous: on a busy shared machine the late database itself may take a minute to start.
            start("--spring.neo4j.uri=bolt://127.0.0.1:" + port, "--spring.neo4j.authentication.password=late-password",
                    "--trustmap.database.start-wait=5m", "--trustmap.geography.load=false");
            assertThat(output.getOut()).contains(waiting).contains("The Neo4j at bolt://127.0.0.1:" + port + " answered after");
        }
        finally {
            late.join().close();
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void start(String... arguments) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                "--trustmap.datasets.load-bundled=false"), java.util.Arrays.stream(arguments)).toArray(String[]::new);
        new SpringApplicationBuilder(TrustmapApplication.class).run(all).close();
    }

    private static void assertNoStackTrace(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContainPattern("\\n\\s+at [a-z]+\\.").contains("APPLICATION FAILED TO START");
    }
}
