package org.trustmap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code Benchmark postcodes}: the national postcode load, measured. Generates an invented Code-Point Open
 * release of England's size in the published form (once; {@code --fresh} again), then runs the application's
 * own {@code import-postcodes} on it into an empty database, in a JVM of {@value #HEAP} heap with the default
 * page cache, and reports what the task printed (time, processor time, peak resident memory) with the
 * machine's load average, since other work on the same cores lengthens the time but not the processor time.
 */
final class PostcodeBenchmark {

    static final String HEAP = "384m";
    static final String PAGE_CACHE = "128MB";

    private PostcodeBenchmark() {
    }

    static void run(Options options, Application application) {
        Path release = options.work().resolve("postcodes-codepo_gb_2025-10");
        Path database = options.database();
        if (options.fresh()) {
            Benchmark.delete(release, options.work());
        }
        if (!Files.isDirectory(release)) {
            System.out.println("Generating a national Code-Point Open release into " + release);
            application.task(List.of("generate-postcodes", release.toString(), "--seed=" + options.seed(),
                    "--sources=" + options.sources()), List.of("-Xmx1g"), System.out::println);
        }
        Benchmark.delete(database, options.work());
        List<String> lines = new ArrayList<>();
        lines.add("# National postcode load, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm")));
        lines.add("");
        lines.add("- " + Machine.describe());
        lines.add("- import-postcodes " + release.getFileName() + " into an empty database: java -Xmx" + HEAP
                + " -XX:+UseSerialGC, Neo4j page cache " + PAGE_CACHE);
        System.out.println("Loading " + release + " into an empty database");
        double before = Machine.loadAverage();
        List<String> printed = new ArrayList<>();
        application.task(List.of("import-postcodes", release.toString(), "--trustmap.neo4j.embedded.page-cache="
                + PAGE_CACHE), List.of("-Xms" + HEAP, "-Xmx" + HEAP, "-XX:+UseSerialGC"), line -> {
                    if (line.startsWith("Checked") || line.startsWith("  ") || line.startsWith("Loaded")) {
                        System.out.println(line);
                        printed.add(line);
                    }
                });
        double after = Machine.loadAverage();
        printed.stream().filter(l -> !l.startsWith("  ")).forEach(l -> lines.add("- " + l.strip()));
        lines.add(String.format(Locale.ROOT, "- one-minute load average %.2f before, %.2f after", before, after));
        String text = String.join("\n", lines) + "\n";
        System.out.println();
        System.out.print(text);
        try {
            Files.createDirectories(options.results());
            Path file = options.results().resolve("postcodes-" + LocalDateTime.now().format(
                    DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".md");
            Files.writeString(file, text);
            System.out.println("Written to " + file.toAbsolutePath());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
