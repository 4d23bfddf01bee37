package org.trustmap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's findings: a table per operation (latency percentiles, throughput, errors, database round
 * trips), the machine and its load, and the targets of issue 6 checked. Printed, and written to
 * {@code results/SIZE-DATE.md} with {@code results/latest-SIZE.json} kept for comparing sizes.
 */
final class Report {

    static final double FIND_P99_MS = 15;
    static final double FIND_THROUGHPUT = 400;
    static final double NEIGHBOURHOOD_P99_MS = 40;
    static final double NATIONAL_OVER_COUNTY = 1.5;
    static final double TAIL_OVER_MEDIAN = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Options options;
    private final List<LoadRun.Result> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> coldStart = new ArrayList<>();

    Report(Options options) {
        this.options = options;
    }

    void add(LoadRun.Result result) {
        results.add(result);
    }

    void note(String line) {
        notes.add(line);
    }

    /** The cold-start section: time to readiness and the first answers after it ({@link ColdStart}). */
    void coldStart(List<String> lines) {
        coldStart.addAll(lines);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("## trustmap benchmark: ").append(options.size()).append(", ").append(options.clients())
                .append(" clients, ").append(options.rate() > 0 ? String.format(Locale.ROOT,
                        "open loop at %.0f req/s (latency from when each request was due), ", options.rate()) : "").append(options.duration().toSeconds()).append(" s per operation after ")
                .append(options.warmup().toSeconds()).append(" s warm-up\n\n");
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
        if (!coldStart.isEmpty()) {
            out.append("\nCold start (launch of the jar until /actuator/health/readiness says UP, warm-up included):\n");
            coldStart.forEach(line -> out.append("- ").append(line).append('\n'));
        }
        out.append("\n| operation | requests | errors | req/s | server cpu ms/req | p50 ms | p95 ms | p99 ms | max ms "
                + "| p99 / p50 | GC pauses (n, total, max ms) | db round trips |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (LoadRun.Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.operation(),
                    r.requests(), r.errors(), r.throughput(), cpu(r.cpuMillisPerRequest()), ms(r.percentileMillis(50)),
                    ms(r.percentileMillis(95)),
                    ms(r.percentileMillis(99)), ms(r.latency().getTotalCount() == 0 ? Double.NaN
                            : r.latency().getMaxValue() / 1000.0), ratio(r), pauses(r.gc()), r.reportsRoundTrips()
                                    ? String.format(Locale.ROOT, "%.1f (max %d)", r.meanRoundTrips(), r.maxRoundTrips())
                                    : "not reported"));
        }
        List<LoadRun.Result> failing = results.stream().filter(r -> r.errors() > 0).toList();
        if (!failing.isEmpty()) {
            out.append("\nErrors:\n");
            failing.forEach(r -> out.append("- ").append(r.operation()).append(": ").append(r.errors()).append(" of ")
                    .append(r.requests()).append(r.errors() == r.requests() ? " (not measured)" : "").append("; ")
                    .append(r.firstError()).append('\n'));
        }
        out.append("\nTargets (issues 6 and 19; issue 6's at the national size, 16 clients):\n");
        targets().forEach(t -> out.append("- ").append(t).append('\n'));
        return out.toString();
    }

    private List<String> targets() {
        List<String> checks = new ArrayList<>();
        find("findRepresentatives").ifPresent(r -> {
            checks.add(check("findRepresentatives p99 <= " + FIND_P99_MS + " ms", r.percentileMillis(99) <= FIND_P99_MS
                    && r.errors() == 0, ms(r.percentileMillis(99)) + " ms"));
            if (options.rate() > 0) {
                checks.add("findRepresentatives >= " + FIND_THROUGHPUT + " req/s: not measured at a fixed rate "
                        + "(run without --rate for the throughput)");
            }
            else {
                checks.add(check("findRepresentatives >= " + FIND_THROUGHPUT + " req/s", r.throughput() >= FIND_THROUGHPUT
                        && r.errors() == 0, String.format(Locale.ROOT, "%.0f req/s", r.throughput())));
            }
        });
        find("neighbourhood(hops: 2)").ifPresent(r -> checks.add(check("neighbourhood(hops: 2) p99 <= "
                + NEIGHBOURHOOD_P99_MS + " ms", r.percentileMillis(99) <= NEIGHBOURHOOD_P99_MS && r.errors() == 0,
                ms(r.percentileMillis(99)) + " ms")));
        for (LoadRun.Result r : results) {
            if (r.latency().getTotalCount() > 0) {
                checks.add(check(r.operation() + " p99 <= " + TAIL_OVER_MEDIAN + " x p50 (issue 19)",
                        r.percentileMillis(99) <= TAIL_OVER_MEDIAN * r.percentileMillis(50), ratio(r) + " ("
                                + ms(r.percentileMillis(99)) + " ms / " + ms(r.percentileMillis(50)) + " ms)"));
            }
        }
        Path county = options.results().resolve(latest("county"));
        if (options.size().equals("national") && Files.isRegularFile(county)) {
            JsonNode baseline = JSON.readTree(county.toFile()).path("operations");
            for (LoadRun.Result r : results) {
                double p99 = baseline.path(r.operation()).path("p99").asDouble(Double.NaN);
                double ratio = r.percentileMillis(99) / p99;
                checks.add(check(r.operation() + " p99 national / county <= " + NATIONAL_OVER_COUNTY,
                        ratio <= NATIONAL_OVER_COUNTY, String.format(Locale.ROOT, "%.2f (%s ms / %s ms)", ratio,
                                ms(r.percentileMillis(99)), ms(p99))));
            }
        }
        else if (options.size().equals("national")) {
            checks.add("national / county: no " + county + " to compare with (run the county size first)");
        }
        return checks;
    }

    private java.util.Optional<LoadRun.Result> find(String operation) {
        return results.stream().filter(r -> r.operation().equals(operation)).findFirst();
    }

    /** The summary a later run compares with: one per size and load mode, so that like meets like. */
    private String latest(String size) {
        return "latest-" + size + (options.rate() > 0 ? String.format(Locale.ROOT, "-at-%.0f", options.rate()) : "")
                + ".json";
    }

    private static String check(String target, boolean met, String measured) {
        return (met ? "MET " : "NOT MET ") + target + ": " + measured;
    }

    private static String ratio(LoadRun.Result r) {
        double ratio = r.percentileMillis(99) / r.percentileMillis(50);
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1f", ratio);
    }

    static String pauses(GcLog.Pauses gc) {
        return !gc.known() ? "not known" : String.format(Locale.ROOT, "%d, %.0f, %.1f", gc.count(), gc.totalMillis(),
                gc.maxMillis());
    }

    private static String cpu(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Writes the report and the machine-readable summary. @return the report's file */
    Path write() {
        try {
            Files.createDirectories(options.results());
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
            Path file = options.results().resolve(options.size() + "-" + stamp + ".md");
            Files.writeString(file, text());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("size", options.size());
            summary.put("when", stamp);
            summary.put("clients", options.clients());
            summary.put("rate", options.rate());
            summary.put("notes", notes);
            summary.put("coldStart", coldStart);
            Map<String, Object> operations = new LinkedHashMap<>();
            for (LoadRun.Result r : results) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("requests", r.requests());
                row.put("errors", r.errors());
                row.put("throughput", r.throughput());
                row.put("p50", r.percentileMillis(50));
                row.put("p95", r.percentileMillis(95));
                row.put("p99", r.percentileMillis(99));
                row.put("dbRoundTrips", r.reportsRoundTrips() ? r.meanRoundTrips() : -1);
                row.put("serverCpuMsPerRequest", r.cpuMillisPerRequest());
                row.put("gcPauses", r.gc().count());
                row.put("gcPauseMillis", r.gc().totalMillis());
                row.put("gcPauseMaxMillis", r.gc().maxMillis());
                operations.put(r.operation(), row);
            }
            summary.put("operations", operations);
            JSON.writerWithDefaultPrettyPrinter().writeValue(options.results().resolve(latest(options.size())).toFile(),
                    summary);
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the results to " + options.results(), ex);
        }
    }
}
