package org.trustmap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Benchmark attack}: a cheap probe's latency, open loop from one address, first alone and then while
 * four hostile clients, each from an address of its own, send the request shapes of issue 13 back to back
 * (a chain of 700 fragments, 2,400 aliases of graphSummary, 50 aliases of a wide neighbourhood, password
 * guessing). The server runs as deployed: rate limit on, one editor account, the bundled Hampshire and
 * Kent networks. Target: the probe's p99 under attack at most twice its p99 alone.
 */
final class AttackRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Operation PROBE = new Operation("probe: graphSummary", "{ graphSummary { nodes } }",
            List.of(Map.of()));
    private static final String PASSWORD = "benchmark-editor-password";

    /** The arguments of the started server (after the port). */
    static List<String> serverArguments() {
        return List.of("--trustmap.rate-limit.enabled=true", "--trustmap.datasets.load-bundled=true",
                "--trustmap.security.editors[0].username=editor", "--trustmap.security.editors[0].password=" + PASSWORD);
    }

    /** One kind of hostile request, the n-th of which is built by {@code request}. */
    private record Attack(String name, String address, LongFunction<HttpRequest> request) {
    }

    private final Options options;
    private final String base;

    AttackRun(Options options) {
        this.options = options;
        this.base = options.baseUrl();
    }

    String run(ProcessHandle server) {
        double rate = options.rate() > 0 ? options.rate() : 10;
        LoadRun probe = new LoadRun(new GraphQlClient(base), 4, rate);
        System.out.println("Warming the probe for " + options.warmup().toSeconds() + " s");
        probe.warm(PROBE, options.warmup());

        double loadBefore = Machine.loadAverage();
        Duration cpuBefore = cpu(server);
        LoadRun.Result alone = probe.run(PROBE, Duration.ZERO, options.duration());
        Duration cpuAlone = cpu(server).minus(cpuBefore);
        String memoryAlone = memory(server);
        System.out.printf(Locale.ROOT, "probe alone: p50 %.1f ms, p99 %.1f ms, %d errors%n",
                alone.percentileMillis(50), alone.percentileMillis(99), alone.errors());

        List<Attack> attacks = attacks();
        Map<String, Map<String, LongAdder>> answers = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (Attack attack : attacks) {
            HttpClient client = client(attack.address());
            threads.add(Thread.ofPlatform().name(attack.name()).start(() -> {
                for (long n = 0; running.get(); n++) {
                    String answer;
                    try {
                        HttpResponse<String> response = client.send(attack.request().apply(n),
                                HttpResponse.BodyHandlers.ofString());
                        answer = "HTTP " + response.statusCode() + (response.statusCode() == 200
                                && response.body().contains("\"errors\"") ? " with errors" : "");
                    }
                    catch (IOException ex) {
                        answer = ex.getClass().getSimpleName();
                    }
                    catch (InterruptedException ex) {
                        return;
                    }
                    answers.computeIfAbsent(attack.name(), k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(answer, k -> new LongAdder()).increment();
                }
            }));
        }
        sleep(Duration.ofSeconds(3));
        double loadAttack = Machine.loadAverage();
        Duration cpuStart = cpu(server);
        LoadRun.Result attacked = probe.run(PROBE, Duration.ZERO, options.duration());
        Duration cpuAttacked = cpu(server).minus(cpuStart);
        String memoryAttacked = memory(server);
        running.set(false);
        threads.forEach(thread -> {
            try {
                thread.join(Duration.ofSeconds(60));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.printf(Locale.ROOT, "probe under attack: p50 %.1f ms, p99 %.1f ms, %d errors%n",
                attacked.percentileMillis(50), attacked.percentileMillis(99), attacked.errors());

        double ratio = attacked.percentileMillis(99) / alone.percentileMillis(99);
        StringBuilder text = new StringBuilder();
        text.append("# trustmap under attack: a cheap probe's latency with and without hostile clients\n\n");
        text.append("- ").append(Machine.describe()).append('\n');
        text.append("- server: java -Xmx").append(options.serverHeap()).append(", rate limit on, bundled Hampshire "
                + "and Kent networks, same machine as the clients\n");
        text.append(String.format(Locale.ROOT, "- probe: `%s`, open loop at %.0f req/s from 127.0.0.1, %d s per phase "
                + "after %d s of warm-up%n", PROBE.document(), rate, options.duration().toSeconds(),
                options.warmup().toSeconds()));
        text.append("- attackers: one client each, back to back, each from its own address: ")
                .append(attacks.stream().map(a -> a.name() + " (" + a.address() + ")").collect(Collectors.joining(", ")))
                .append("\n\n");
        text.append("| phase | requests | errors | p50 ms | p99 ms | max ms | server processor time | load average before "
                + "| server memory at the end |\n");
        text.append("|---|---|---|---|---|---|---|---|---|\n");
        row(text, "probe alone", alone, cpuAlone, loadBefore, memoryAlone);
        row(text, "probe under attack", attacked, cpuAttacked, loadAttack, memoryAttacked);
        text.append(String.format(Locale.ROOT, "%np99 under attack / p99 alone: **%.2f** (target at most 2: %s)%n%n",
                ratio, ratio <= 2 ? "**met**" : "**not met**"));
        text.append("What the attackers got, while the probe was measured and the 3 s before:\n\n");
        answers.forEach((attack, counts) -> text.append("- ").append(attack).append(": ").append(new TreeMap<>(counts)
                .entrySet().stream().map(e -> e.getValue().sum() + " x " + e.getKey()).collect(Collectors.joining(", ")))
                .append('\n'));
        if (alone.firstError() != null || attacked.firstError() != null) {
            text.append("\nFirst probe error: ").append(attacked.firstError() != null ? attacked.firstError()
                    : alone.firstError()).append('\n');
        }
        return text.toString();
    }

    Path write(String text) {
        try {
            Files.createDirectories(options.results());
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
            Path file = options.results().resolve("attack-" + stamp + ".md");
            Files.writeString(file, text);
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the results to " + options.results(), ex);
        }
    }

    private List<Attack> attacks() {
        String chain = "query { ...F0 } " + IntStream.range(0, 700).mapToObj(i -> "fragment F" + i + " on Query { "
                + (i + 1 < 700 ? "...F" + (i + 1) : "graphSummary { nodes }") + " }").collect(Collectors.joining(" "));
        String aliases = "{" + IntStream.range(0, 2400).mapToObj(i -> "a" + i + ":graphSummary{nodes}")
                .collect(Collectors.joining(" ")) + "}";
        String neighbourhoods = "{" + IntStream.range(0, 50).mapToObj(i -> "n" + i
                + ":neighbourhood(id:\"partnership:hart-lcp\",hops:3,limit:2000){nodes{id}}").collect(Collectors.joining(" ")) + "}";
        return List.of(
                new Attack("fragment chain (700)", "127.0.0.2", n -> graphQl(chain + " ".repeat((int) (n % 50)), null)),
                new Attack("aliases (2,400 graphSummary)", "127.0.0.3", n -> graphQl(aliases, null)),
                new Attack("aliases (50 neighbourhood hops 3, limit 2000)", "127.0.0.4", n -> graphQl(neighbourhoods, null)),
                new Attack("password guessing", "127.0.0.5", n -> graphQl("{ graphSummary { nodes } }",
                        "Basic " + Base64.getEncoder().encodeToString(("editor:guess-" + n).getBytes(StandardCharsets.UTF_8)))));
    }

    private HttpRequest graphQl(String document, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("query", document))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static HttpClient client(String address) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(InetAddress.getByName(address))
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void row(StringBuilder text, String phase, LoadRun.Result result, Duration cpu, double load,
            String memory) {
        text.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f s | %.2f | %s |%n", phase,
                result.requests(), result.errors(), result.percentileMillis(50), result.percentileMillis(99),
                result.latency().getTotalCount() == 0 ? Double.NaN : result.latency().getMaxValue() / 1000.0,
                cpu.toMillis() / 1000.0, load, memory));
    }

    /**
     * The server's resident memory now and at its peak (Linux: /proc), and its heap in use and committed
     * (the JDK's jcmd beside this driver's java), or "unknown" for what cannot be read.
     */
    private static String memory(ProcessHandle server) {
        if (server == null) {
            return "unknown (not started by the driver)";
        }
        String resident = "resident unknown";
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"));
            resident = String.format(Locale.ROOT, "resident %s MB (peak %s MB)", kilobytesAsMegabytes(status, "VmRSS:"),
                    kilobytesAsMegabytes(status, "VmHWM:"));
        }
        catch (IOException | RuntimeException notLinux) {
            // stays unknown
        }
        return resident + ", heap " + heap(server);
    }

    private static String kilobytesAsMegabytes(List<String> status, String field) {
        return status.stream().filter(l -> l.startsWith(field)).findFirst()
                .map(l -> String.valueOf(Long.parseLong(l.replaceAll("\\D+", "")) / 1024)).orElse("?");
    }

    private static String heap(ProcessHandle server) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return "unknown";
        }
        try {
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(server.pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            long used = 0;
            long committed = 0;
            for (String line : out.lines().toList()) {
                String trimmed = line.trim();
                if (trimmed.startsWith("Metaspace") || trimmed.startsWith("class space") || !trimmed.contains("used ")) {
                    continue;
                }
                used += kilobytes(trimmed, "used ");
                committed += trimmed.contains("committed ") ? kilobytes(trimmed, "committed ") : kilobytes(trimmed, "total ");
            }
            return used == 0 ? "unknown" : String.format(Locale.ROOT, "%d MB used of %d MB committed", used / 1024,
                    committed / 1024);
        }
        catch (IOException ex) {
            return "unknown";
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static long kilobytes(String line, String label) {
        int at = line.indexOf(label);
        if (at < 0) {
            return 0;
        }
        String rest = line.substring(at + label.length());
        int k = rest.indexOf('K');
        try {
            return k < 0 ? 0 : Long.parseLong(rest.substring(0, k).trim());
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static Duration cpu(ProcessHandle server) {
        return server == null ? Duration.ZERO : server.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
