package org.trustmap.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The trustmap application jar, run as its own process with the JDK that runs this driver: its
 * command-line tasks (generate, import, import-all) and the server itself.
 */
final class Application {

    /** What Neo4j needs on JDK 21+ (the backend's pom passes the same). */
    private static final List<String> NEO4J_JVM_ARGS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED");

    private final Options options;

    Application(Options options) {
        this.options = options;
    }

    /**
     * Runs a task of the jar to its end, passing each line it prints to {@code lines}.
     *
     * @throws IllegalStateException when it fails
     */
    void task(List<String> arguments, Consumer<String> lines) {
        task(arguments, List.of(), lines);
    }

    /** @param jvm the task's JVM options (heap...); empty: {@code -Xmx1g} */
    void task(List<String> arguments, List<String> jvm, Consumer<String> lines) {
        Process process = launch(arguments, jvm);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            out.lines().forEach(lines);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("trustmap " + arguments + " failed with exit code " + exit);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Starts the server on the size's database and waits until its health check says UP. */
    Process start(Path log) {
        // Every client shares 127.0.0.1, so the per-address rate limit would measure itself, not the server.
        return start(log, List.of("--trustmap.datasets.load-bundled=false", "--trustmap.rate-limit.enabled=false"));
    }

    /** Starts the server with these arguments (besides its port and database) and waits until it is ready. */
    Process start(Path log, List<String> arguments) {
        return startTimed(log, arguments, options.database()).process();
    }

    /** The GC log a server started with this log writes beside it ({@code server-county.log}: {@code server-county-gc.log}). */
    static GcLog gcLogOf(Path log) {
        return new GcLog(log.resolveSibling(log.getFileName().toString().replaceFirst("\\.log$", "") + "-gc.log"));
    }

    /** A started server and how long it took from launch until its readiness said UP. */
    record Started(Process process, Duration toReadiness) {
    }

    /**
     * Starts the server on this data folder and waits until {@code /actuator/health/readiness} says UP, which
     * is after the application's warm-up has asked every headline question once.
     */
    Started startTimed(Path log, List<String> arguments, Path database) {
        List<String> all = new ArrayList<>(List.of("--server.port=" + options.port()));
        all.addAll(arguments);
        long launched = System.nanoTime();
        List<String> jvm = new ArrayList<>(List.of("-Xms" + options.serverHeap(), "-Xmx" + options.serverHeap()));
        jvm.addAll(gcLogOf(log).jvmArguments());
        jvm.addAll(options.serverJvm());
        Process server = launch(all, jvm, log, database);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("trustmap stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(options.baseUrl()
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return new Started(server, Duration.ofNanos(System.nanoTime() - launched));
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            sleep();
        }
        stop(server);
        throw new IllegalStateException("trustmap was not ready within 10 minutes; see " + log);
    }

    /** Stops the server as Ctrl-C would, and forcibly if it has not stopped after a minute. */
    static void stop(Process server) {
        server.destroy();
        try {
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private Process launch(List<String> arguments, List<String> jvm) {
        return launch(arguments, jvm, null, options.database());
    }

    private Process launch(List<String> arguments, List<String> jvm, Path log, Path database) {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException(options.jar().toAbsolutePath() + " is missing: build it first "
                    + "(./mvnw -q -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm.isEmpty() ? List.of("-Xmx1g") : jvm);
        command.addAll(NEO4J_JVM_ARGS);
        command.add("-jar");
        command.add(options.jar().toAbsolutePath().toString());
        command.addAll(arguments);
        command.add("--trustmap.neo4j.embedded.directory=" + database.toAbsolutePath());
        command.add("--trustmap.neo4j.embedded.bolt-port=" + options.boltPort());
        if (arguments.stream().noneMatch(a -> a.startsWith("--trustmap.neo4j.embedded.page-cache="))) {
            command.add("--trustmap.neo4j.embedded.page-cache=" + options.pageCache());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (log != null) {
            builder.redirectOutput(log.toFile());
        }
        try {
            return builder.start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot start " + command, ex);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
