package org.trustmap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long a visitor waits after a (re)start: the time from launching the jar until its readiness says UP
 * (which includes the warm-up that asks every headline question once), first on an empty data folder (Neo4j
 * creates its store, the bundled networks are loaded), then again on the same folder; and, on the size's
 * database, the time of the first answer of each operation after readiness.
 */
final class ColdStart {

    private final Options options;
    private final Application application;
    private final List<String> lines = new ArrayList<>();

    ColdStart(Options options, Application application) {
        this.options = options;
        this.application = application;
    }

    /** Notes that {@code threads} spinning threads kept the machine busy through the section ({@link BusyMachine}). */
    void busy(int threads) {
        lines.add(String.format(Locale.ROOT, "machine kept busy: %d threads spinning on %d processors from the first start "
                + "to the last first answer", threads, Runtime.getRuntime().availableProcessors()));
    }

    /** Starts the jar twice on a data folder of its own (emptied first) with the bundled networks, and stops it. */
    void bundled() {
        Path folder = options.work().resolve("database-cold-start");
        Benchmark.delete(folder, options.work());
        List<String> starts = List.of("first start, empty data folder", "second start, same folder");
        for (String which : starts) {
            Path log = options.work().resolve("server-cold-start-" + (starts.indexOf(which) + 1) + ".log");
            System.out.println("Cold start on the bundled networks: " + which + " (log: " + log + ")");
            Application.Started started = application.startTimed(log,
                    List.of("--trustmap.rate-limit.enabled=false"), folder);
            Application.stop(started.process());
            lines.add(String.format(Locale.ROOT, "bundled networks, %s: ready in %.1f s%s", which,
                    started.toReadiness().toMillis() / 1000.0, warmUp(log)));
        }
    }

    /** Notes the size's own start, as {@link Application#startTimed} measured it. */
    void sizeStarted(Application.Started started, Path log) {
        lines.add(String.format(Locale.ROOT, "%s database, start (data present): ready in %.1f s%s", options.size(),
                started.toReadiness().toMillis() / 1000.0, warmUp(log)));
    }

    /** Asks each operation once, one after another, right after readiness, and notes how long each answer took. */
    void firstAnswers(LoadRun load, List<Operation> operations) {
        int failed = 0;
        double slowest = 0;
        for (Operation operation : operations) {
            LoadRun.Timed answer = load.once(operation, 1);
            failed += answer.error() != null ? 1 : 0;
            slowest = answer.error() != null ? slowest : Math.max(slowest, answer.millis());
            lines.add(String.format(Locale.ROOT, "first answer after readiness, %s: %s", operation.name(),
                    answer.error() != null ? "failed: " + answer.error() : String.format(Locale.ROOT, "%.0f ms", answer.millis())));
        }
        lines.add(String.format(Locale.ROOT, "first answers: %d of %d answered, %d failed or timed out, the slowest %.0f ms "
                + "(target: none fails, each at most 300 ms)", operations.size() - failed, operations.size(), failed, slowest));
    }

    List<String> lines() {
        return lines;
    }

    /** The server's own line about its warm-up, from its log. */
    private static String warmUp(Path log) {
        try {
            return Files.readAllLines(log).stream().filter(l -> l.contains("Warm-up done: ")).findFirst()
                    .map(l -> " (" + l.substring(l.indexOf("Warm-up done: ") + "Warm-up done: ".length())
                            .replaceAll("; readiness is UP$", "") + ")")
                    .orElse("");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
