package org.trustmap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code Benchmark SIZE [--clients=16] [--warmup=10] [--duration=20] ...}: generates the size's dataset
 * and imports it into a database of its own (once; kept in the work folder), starts trustmap on it, and
 * drives each headline operation over HTTP with concurrent clients. See the README's Performance section.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            System.err.println("Usage: Benchmark county|region|national|postcodes|attack [--clients=16] [--warmup=10] [--duration=20] "
                    + "[--rate=REQUESTS_PER_SECOND] [--fresh] [--url=http://host:port] [--work=DIR] [--results=DIR]");
            System.exit(2);
            return;
        }
        if (options.size().equals("postcodes")) {
            PostcodeBenchmark.run(options, new Application(options));
            return;
        }
        if (options.size().equals("attack")) {
            underAttack(options);
            return;
        }
        Report report = new Report(options);
        Application application = new Application(options);
        Process server = null;
        ColdStart cold = new ColdStart(options, application);
        boolean measureColdStart = options.coldStart() && options.url() == null;
        BusyMachine busy = new BusyMachine(measureColdStart ? options.busy() : 0);
        if (busy.threads() > 0) {
            System.out.println("Keeping " + busy.threads() + " threads busy until the first answers are in");
            cold.busy(busy.threads());
        }
        try {
            if (options.url() == null) {
                prepare(options, application, report);
                if (measureColdStart) {
                    cold.bundled();
                }
                Path log = options.work().resolve("server-" + options.size() + ".log");
                System.out.println("Starting trustmap on the " + options.size() + " database (log: " + log + ")");
                // Every client shares 127.0.0.1, so the per-address rate limit would measure itself, not the server.
                Application.Started started = application.startTimed(log, List.of("--trustmap.datasets.load-bundled=false",
                        "--trustmap.rate-limit.enabled=false"), options.database());
                server = started.process();
                cold.sizeStarted(started, log);
            }
            Targets targets = Targets.of(options.dataset(), options.seed());
            report.note(Machine.describe());
            report.note("server: " + (options.url() != null ? options.url() : "java -Xmx" + options.serverHeap()
                    + ", Neo4j page cache " + options.pageCache() + ", same machine as the clients"));
            report.note("server processor time per request: " + (server != null ? "user + system time of the server "
                    + "process (application and embedded Neo4j; /proc/PID/stat) while measured, divided by the requests"
                    : "not measured (--url: the server is not this driver's process)"));
            GcLog gc = server == null ? null : Application.gcLogOf(options.work().resolve("server-" + options.size() + ".log"));
            if (gc != null) {
                report.note("server GC: pauses in each measured period from its log (" + gc.file() + ")"
                        + (options.serverJvm().isEmpty() ? "" : "; server JVM options " + String.join(" ", options.serverJvm())));
            }
            LoadRun load = new LoadRun(new GraphQlClient(options.baseUrl()), options.clients(), options.rate(),
                    server == null ? null : server.toHandle(), gc);
            List<Operation> chosen = Operation.headline(targets).stream().filter(operation -> options.operations()
                    .isEmpty() || options.operations().stream().anyMatch(name ->
                            operation.name().replace(" ", "").startsWith(name.replace(" ", "")))).toList();
            if (measureColdStart) {
                cold.firstAnswers(load, chosen);
                busy.close();
                cold.lines().forEach(System.out::println);
                report.coldStart(cold.lines());
            }
            // Every operation is warmed once before any is measured: they share most of the server's code, and
            // the first one measured on a fresh server otherwise paid for the JIT compiling it for all of them
            // (findRepresentatives, national: 163 req/s measured first, 287 req/s once the server was warm).
            System.out.println("Warming up every operation for " + options.warmup().toSeconds() + " s");
            chosen.forEach(operation -> load.warm(operation, options.warmup()));
            for (Operation operation : chosen) {
                double before = Machine.loadAverage();
                LoadRun.Result result = load.run(operation, options.warmup(), options.duration());
                report.add(result);
                System.out.printf(Locale.ROOT, "%-24s %7d requests, %5d errors, %6.0f req/s, p50 %.1f ms, p99 %.1f ms, "
                        + "server processor time %.2f ms/request, GC pauses %s (load average %.2f before)%n",
                        operation.name(), result.requests(), result.errors(), result.throughput(),
                        result.percentileMillis(50), result.percentileMillis(99), result.cpuMillisPerRequest(),
                        Report.pauses(result.gc()), before);
            }
        }
        finally {
            busy.close();
            if (server != null) {
                Application.stop(server);
            }
        }
        System.out.println();
        System.out.println(report.text());
        System.out.println("Written to " + report.write().toAbsolutePath());
    }

    /** A cheap probe's latency with and without hostile clients, on the bundled networks. */
    private static void underAttack(Options options) {
        Process server = null;
        try {
            if (options.url() == null) {
                Path log = options.work().resolve("server-attack.log");
                write(options.work().resolve("README.txt"), "Work folder of the trustmap benchmark.\n");
                System.out.println("Starting trustmap on the bundled networks (log: " + log + ")");
                server = new Application(options).start(log, AttackRun.serverArguments());
            }
            AttackRun run = new AttackRun(options);
            String text = run.run(server == null ? null : server.toHandle());
            System.out.println();
            System.out.println(text);
            System.out.println("Written to " + run.write(text).toAbsolutePath());
        }
        finally {
            if (server != null) {
                Application.stop(server);
            }
        }
    }

    /** Generates the dataset and imports it (with the bundled networks beside a region or the nation), once. */
    private static void prepare(Options options, Application application, Report report) {
        if (options.fresh()) {
            delete(options.dataset(), options.work());
            delete(options.database(), options.work());
        }
        if (!Files.isDirectory(options.dataset())) {
            System.out.println("Generating the " + options.size() + " dataset into " + options.dataset());
            application.task(List.of("generate", options.size(), options.dataset().toString(), "--seed="
                    + options.seed(), "--sources=" + options.sources()), System.out::println);
        }
        Path imported = options.database().resolve("IMPORTED.txt");
        if (!Files.isRegularFile(imported)) {
            delete(options.database(), options.work());
            List<String> summary = new ArrayList<>();
            if (!options.size().equals("county")) {
                System.out.println("Importing the bundled Hampshire and Kent networks");
                application.task(List.of("import", "classpath:datasets/hampshire", "classpath:datasets/kent"),
                        line -> keep(line, summary));
            }
            System.out.println("Importing " + options.dataset() + " from empty");
            application.task(List.of("import-all", options.dataset().toString()), line -> keep(line, summary));
            write(imported, String.join("\n", summary) + "\n");
        }
        read(imported).lines().filter(l -> l.startsWith("Imported ") && l.contains("authorities"))
                .forEach(l -> report.note("import-all (generated " + options.size() + " dataset, from empty): "
                        + l.substring("Imported ".length())));
    }

    private static void keep(String line, List<String> summary) {
        if (line.startsWith("Imported ") || line.startsWith("[")) {
            System.out.println(line);
        }
        if (line.startsWith("Imported ")) {
            summary.add(line);
        }
    }

    /** Deletes a folder the driver made, and nothing outside its work folder. */
    static void delete(Path folder, Path work) {
        if (!Files.exists(folder) || !folder.toAbsolutePath().normalize().startsWith(work.toAbsolutePath().normalize())) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot delete " + folder, ex);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
