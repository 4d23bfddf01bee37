package org.trustmap.readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks every headline question of the page once, against the data in the graph, before readiness says UP:
 * the first run of a query is where graphql-java parses and validates the document and Neo4j plans the
 * Cypher (seconds on a busy machine), and the first visitor should not pay for that. The questions are sent
 * over HTTP to the application's own port on the loopback address, so that they take the way a visitor's
 * take (Tomcat, the security filters, the GraphQL endpoint, the JSON writer: a second's first use on a busy
 * machine, which a warm-up inside the application missed), with the page's own documents
 * ({@link PageDocuments}). What each question is
 * asked about comes from the answers before it (an authority, one of its partnerships, a school, its
 * postcode and town), so it works on whatever networks are loaded.
 */
final class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final String NETWORK = "js/network/network-queries.js";
    private static final String FIND = "js/find/find-queries.js";
    private static final String PREFERRED_AUTHORITY = "authority:E10000014";

    /**
     * A name nothing is called: a name's plan is made by "find by name", but the "did you mean" of an answer
     * that found nothing is a fuzzy full-text search, whose first run pays for Lucene's set-up (0.4 s).
     */
    private static final String NOTHING_FOUND = "Qzxv Nowhere";

    /** Written as a postcode, in no UK postcode area: each form of place has its own plan. */
    private static final String NOT_A_POSTCODE = "ZZ9 9ZZ";

    /** Four levels deep, as API clients browse (the benchmark's "browse"); the page itself does not send it. */
    private static final String BROWSE = """
            query Browse {
              partnerships(first: 20) {
                edges { node { id name posts { name holders { person { name memberships { post { name } } } } } } }
              }
            }""";

    /** What to ask about a place when the authority's drawing shows no school. */
    private static final String SCHOOLS = """
            query School($authority: ID) {
              schools(first: 1, filter: {authority: $authority}) { edges { node { id } } }
            }""";

    /** How a warm-up ended: each question asked with how long its answer took, and what was skipped and why. */
    record Outcome(Map<String, Duration> asked, List<String> skipped, Duration took) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration timeout;
    private final int threads;
    private final Map<String, Duration> asked = new ConcurrentHashMap<>();
    private final List<String> skipped = new CopyOnWriteArrayList<>();

    /** @param threads how many questions are asked at once; 0: one per processor */
    /** @param port the application's HTTP port, on the loopback address */
    WarmUp(int port, Duration timeout, int threads) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        this.timeout = timeout;
        this.threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Asks the questions on {@code trustmap.warm-up.threads} threads: planning a query is single-threaded
     * work, so on an idle machine with two cores two plans can be made at once. A question waits only for
     * the answers it needs.
     */
    Outcome run() {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("trustmap-warm-up-", 1).daemon().factory());
        try {
            CompletableFuture.allOf(
                    async(pool, () -> ask("authorities", NETWORK, "AUTHORITIES", Map.of())).thenComposeAsync(authorities -> {
                        String authority = authorityOf(authorities);
                        if (authority == null) {
                            skipped.add("every question about a network: the graph holds no authority's network");
                            return CompletableFuture.completedFuture(null);
                        }
                        return askAbout(authority, pool);
                    }, pool),
                    async(pool, () -> ask("coverage register", "js/coverage/register.js", "COVERAGE_REGISTER", Map.of())),
                    async(pool, () -> askDocument("browse, 4 levels", BROWSE, Map.of())),
                    async(pool, () -> ask("find, nothing found", FIND, "FIND_REPRESENTATIVES",
                            Map.of("place", NOTHING_FOUND))),
                    async(pool, () -> ask("find, not a postcode", FIND, "FIND_REPRESENTATIVES",
                            Map.of("place", NOT_A_POSTCODE)))).join();
        }
        finally {
            pool.shutdown();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Outcome(Map.copyOf(asked), List.copyOf(skipped), took);
    }

    private CompletableFuture<Void> askAbout(String authority, ExecutorService pool) {
        CompletableFuture<Void> coverage = async(pool, () -> ask("coverage", "js/coverage/coverage-view.js", "COVERAGE",
                Map.of("authority", authority))).thenAccept(answer -> { });
        CompletableFuture<Void> rest = async(pool, () -> ask("authority network", NETWORK, "AUTHORITY_NETWORK",
                Map.of("authority", authority))).thenComposeAsync(network -> {
                    List<Map<String, Object>> nodes = list(path(network, "authorityNetwork", "nodes"));
                    String partnership = firstOfType(nodes, "Partnership");
                    String school = firstOfType(nodes, "School");
                    if (school == null) {
                        // The drawing leaves schools out where they are many; the school list of the API has them.
                        Map<String, Object> schools = askDocument("a school of the authority", SCHOOLS,
                                Map.of("authority", authority));
                        school = list(path(schools, "schools", "edges")).stream().map(e -> path(e, "node", "id"))
                                .filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null);
                    }
                    List<CompletableFuture<?>> next = new ArrayList<>();
                    if (partnership == null) {
                        skipped.add("neighbourhood and details of a partnership: " + authority + " has no partnership");
                    }
                    else {
                        next.add(async(pool, () -> ask("neighbourhood", NETWORK, "NEIGHBOURHOOD", Map.of("id", partnership))));
                        next.add(async(pool, () -> ask("details of a partnership", NETWORK, "NODE_DETAILS",
                                Map.of("id", partnership))));
                    }
                    if (school == null) {
                        skipped.add("questions about a place: " + authority + " has no school");
                    }
                    else {
                        String theSchool = school;
                        next.add(async(pool, () -> ask("details of a school", NETWORK, "NODE_DETAILS",
                                Map.of("id", theSchool))).thenComposeAsync(details -> aboutAPlace(details, theSchool,
                                        partnership, pool), pool));
                    }
                    return CompletableFuture.allOf(next.toArray(CompletableFuture[]::new));
                }, pool);
        return CompletableFuture.allOf(coverage, rest);
    }

    /** The page's find questions, about the place of a school of the authority, in each form of place. */
    private CompletableFuture<Void> aboutAPlace(Map<String, Object> details, String school, String partnership,
            ExecutorService pool) {
        List<CompletableFuture<?>> questions = new ArrayList<>();
        if (partnership != null) {
            questions.add(async(pool, () -> ask("connection", NETWORK, "CONNECTION",
                    Map.of("from", partnership, "to", school))));
        }
        Object postcode = path(details, "node", "postcode");
        Object town = path(details, "node", "town");
        Object district = path(details, "node", "district", "id");
        Object urn = path(details, "node", "urn");
        if (postcode instanceof String code) {
            questions.add(async(pool, () -> ask("find by postcode", FIND, "FIND_REPRESENTATIVES", Map.of("place", code))));
            questions.add(async(pool, () -> ask("find by outward code", FIND, "FIND_REPRESENTATIVES",
                    Map.of("place", code.split(" ")[0]))));
            questions.add(async(pool, () -> ask("find by postcode sector", FIND, "FIND_REPRESENTATIVES",
                    Map.of("place", code.substring(0, code.length() - 2)))));
        }
        else {
            skipped.add("find by postcode: the school " + school + " has no postcode");
        }
        if (town instanceof String name) {
            questions.add(async(pool, () -> ask("find by name", FIND, "FIND_REPRESENTATIVES", Map.of("place", name))));
            questions.add(async(pool, () -> ask("search", FIND, "SEARCH", Map.of("text", name, "first", 8))));
        }
        else {
            skipped.add("find by name and search: the school " + school + " has no town");
        }
        if (district instanceof String id) {
            questions.add(async(pool, () -> ask("find by id", FIND, "FIND_REPRESENTATIVES", Map.of("place", id))));
            questions.add(async(pool, () -> ask("find by ONS code", FIND, "FIND_REPRESENTATIVES",
                    Map.of("place", id.substring(id.indexOf(':') + 1)))));
        }
        else {
            skipped.add("find by id and by ONS code: the school " + school + " has no district");
        }
        if (urn != null) {
            questions.add(async(pool, () -> ask("find by URN", FIND, "FIND_REPRESENTATIVES",
                    Map.of("place", String.valueOf(urn)))));
        }
        else {
            skipped.add("find by URN: the school " + school + " has no URN");
        }
        return CompletableFuture.allOf(questions.toArray(CompletableFuture[]::new));
    }

    private static CompletableFuture<Map<String, Object>> async(ExecutorService pool, Supplier<Map<String, Object>> question) {
        return CompletableFuture.supplyAsync(question, pool);
    }

    private Map<String, Object> ask(String question, String module, String name, Map<String, Object> variables) {
        String document;
        try {
            document = PageDocuments.read(module, name);
        }
        catch (IllegalStateException ex) {
            skipped.add(question + ": " + ex.getMessage());
            log.warn("Warm-up skips {}: {}", question, ex.getMessage());
            return Map.of();
        }
        return askDocument(question, document, variables);
    }

    private Map<String, Object> askDocument(String question, String document, Map<String, Object> variables) {
        long started = System.nanoTime();
        Answer response = null;
        // A question that ran out of time on a busy machine (planning alone can take over the request time)
        // is asked once more: its plan is often ready by then, and the questions after it need its answer.
        for (int attempt = 1; attempt <= 2; attempt++) {
            response = execute(document, variables);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (response != null && response.answered()) {
                log.info("Warm-up: {} in {} ms{}", question, took.toMillis(), attempt > 1 ? " (asked twice)" : "");
                break;
            }
            log.info("Warm-up: {} in {} ms, answered with an error{}: {}", question, took.toMillis(),
                    attempt > 1 ? " again" : "", response == null ? "no answer"
                            : response.errors().getFirst());
        }
        asked.put(question, Duration.ofNanos(System.nanoTime() - started));
        if (response == null || !(response.data() instanceof Map<?, ?> data)) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) data;
        return typed;
    }

    /**
     * A GraphQL answer as the endpoint sent it: its data, its errors' messages, and whether it is an answer: no
     * errors, or only NOT_FOUND ones ("Nothing called ... is in trustmap's data" is what a place nothing is called
     * is answered with, not a question to ask again).
     */
    private record Answer(Object data, List<String> errors, boolean answered) {
    }

    private Answer execute(String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Map<?, ?> answer = JSON.readValue(response.body(), Map.class);
            List<String> errors = new ArrayList<>();
            boolean onlyNotFound = true;
            if (answer.get("errors") instanceof List<?> list) {
                for (Object e : list) {
                    errors.add(e instanceof Map<?, ?> m ? String.valueOf(m.get("message")) : String.valueOf(e));
                    onlyNotFound &= e instanceof Map<?, ?> m && m.get("extensions") instanceof Map<?, ?> x
                            && ErrorType.NOT_FOUND.name().equals(x.get("classification"));
                }
            }
            if (response.statusCode() != 200 && errors.isEmpty()) {
                errors.add("HTTP " + response.statusCode());
                onlyNotFound = false;
            }
            return new Answer(answer.get("data"), errors, errors.isEmpty() || onlyNotFound);
        }
        catch (IOException | RuntimeException ex) {
            log.warn("Warm-up: a question failed: {}", ex.getMessage());
            return null;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String authorityOf(Map<String, Object> answer) {
        List<Map<String, Object>> authorities = list(answer.get("authorities"));
        return authorities.stream().map(a -> (String) a.get("id")).filter(PREFERRED_AUTHORITY::equals).findFirst()
                .orElse(authorities.stream().map(a -> (String) a.get("id")).filter(Objects::nonNull).findFirst()
                        .orElse(null));
    }

    private static String firstOfType(List<Map<String, Object>> nodes, String type) {
        return nodes.stream().filter(n -> type.equals(n.get("type"))).map(n -> (String) n.get("id")).findFirst()
                .orElse(null);
    }

    private static Object path(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            if (!(value instanceof Map<?, ?> m)) {
                return null;
            }
            value = m.get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
