package org.trustmap.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The driver's settings, from {@code SIZE [--name=value...]}. Every one has a default fit for this
 * project's 2-core machine; the README lists them.
 *
 * @param size      county, region or national: which generated dataset the application serves; or attack
 *                  (the bundled networks, a probe with and without hostile clients: {@link AttackRun})
 * @param clients   concurrent clients, each sending its next request when the last one is answered
 * @param rate      requests per second from all clients together (open loop), or 0 for a closed loop
 * @param warmup    time each operation runs before measuring, for the JIT and the caches
 * @param duration  time each operation is measured
 * @param url       an application already running there: the driver then starts nothing and imports nothing
 * @param work      where the generated datasets and the databases are kept between runs
 * @param fresh     generate and import again even when the work folder has the size's database
 * @param coldStart measure the time to readiness (twice on the bundled networks, once on the size) and the
 *                  first answers after it
 * @param serverJvm more JVM options for the server, e.g. a garbage collector or a flight recording
 * @param busy      threads kept spinning through the cold-start section, to start on a busy machine
 */
record Options(String size, int clients, double rate, Duration warmup, Duration duration, long seed, int port, int boltPort,
        String url, Path work, Path results, Path jar, Path sources, String serverHeap, String pageCache,
        boolean fresh, List<String> operations, boolean coldStart, List<String> serverJvm, int busy) {

    static final Set<String> SIZES = Set.of("county", "region", "national", "postcodes", "attack");

    static Options parse(String[] args) {
        List<String> positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        Map<String, String> named = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                named.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
            }
        }
        String size = positional.isEmpty() ? "county" : positional.getFirst();
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("Unknown size '" + size + "': use county, region, national, postcodes or attack");
        }
        Set<String> known = Set.of("clients", "warmup", "duration", "seed", "port", "bolt-port", "url", "work",
                "results", "jar", "sources", "server-heap", "page-cache", "fresh", "operations", "rate",
                "cold-start", "server-jvm", "busy");
        named.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("Unknown option --" + k + "; the options are " + known);
        });
        return new Options(size,
                Integer.parseInt(named.getOrDefault("clients", "16")),
                Double.parseDouble(named.getOrDefault("rate", "0")),
                Duration.ofSeconds(Long.parseLong(named.getOrDefault("warmup", "10"))),
                Duration.ofSeconds(Long.parseLong(named.getOrDefault("duration", "20"))),
                Long.parseLong(named.getOrDefault("seed", "20100201")),
                Integer.parseInt(named.getOrDefault("port", "18080")),
                Integer.parseInt(named.getOrDefault("bolt-port", "17687")),
                named.get("url"),
                Path.of(named.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/trustmap-benchmark")),
                Path.of(named.getOrDefault("results", "benchmark/results")),
                Path.of(named.getOrDefault("jar", "backend/target/trustmap-backend-0.1.0-SNAPSHOT.jar")),
                Path.of(named.getOrDefault("sources", "datasets/sources")),
                named.getOrDefault("server-heap", "1g"),
                named.getOrDefault("page-cache", "512MB"),
                Boolean.parseBoolean(named.getOrDefault("fresh", "false")),
                named.containsKey("operations") ? List.of(named.get("operations").split(",")) : List.of(),
                Boolean.parseBoolean(named.getOrDefault("cold-start", "true")),
                named.containsKey("server-jvm") ? List.of(named.get("server-jvm").trim().split("\\s+")) : List.of(),
                Integer.parseInt(named.getOrDefault("busy", "0")));
    }

    /** The application's address. */
    String baseUrl() {
        return url != null ? url.replaceAll("/+$", "") : "http://127.0.0.1:" + port;
    }

    Path dataset() {
        return work.resolve("dataset-" + size);
    }

    Path database() {
        return work.resolve("database-" + size);
    }
}
