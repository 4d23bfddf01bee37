package org.trustmap.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.session.SessionRepository;
import org.springframework.util.FileSystemUtils;
import org.trustmap.TrustmapApplication;
import org.trustmap.database.EmbeddedNeo4j;
import org.trustmap.database.ReadYourWrites;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two trustmap instances behind one (pretend) proxy, as a national service runs them: one Neo4j (in this
 * JVM, reached with a routing {@code neo4j://} URI), one Redis (a real redis-server process), both
 * instances started at the same moment on the empty database. The instances are started once, by the
 * first test, and shared by the others, which run in order; the last stops Redis.
 *
 * <p>Every test client is on 127.0.0.1, the one trusted proxy: a test names its client with
 * X-Forwarded-For, so that tests do not share rate-limit buckets. An untrusted client speaks from
 * 127.0.0.2. A is set to let requests through while Redis is away, B to refuse them.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final String PASSWORD = "two-instances-password";
    private static final int BURST = 10;
    private static final String KENT = "authority:E10000016";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern APPLIED = Pattern.compile("Applied Neo4j schema migrations \\[");
    private static final Pattern WAITING = Pattern.compile("Waiting for the Neo4j schema migrations lock");

    private static Path store;
    private static EmbeddedNeo4j neo4j;
    private static Process redis;
    private static int redisPort;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @Test
    @Order(1)
    void twoInstancesStartedTogetherOnAnEmptyDatabaseApplyEachMigrationOnce(CapturedOutput output) throws Exception {
        store = Files.createTempDirectory("trustmap-two-instances");
        neo4j = EmbeddedNeo4j.start(store, freePort(), 32L << 20, 256L << 20, PASSWORD);
        redisPort = freePort();
        startRedis();
        int files = new File(getClass().getResource("/neo4j/migrations").toURI()).list((dir, name) -> name.endsWith(".cypher")).length;

        // The test takes the migrations lock first, so that both instances are sure to reach it together;
        // it lets go once both say they are waiting for it.
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), PASSWORD));
                Session session = driver.session()) {
            session.run("CREATE CONSTRAINT schema_migration_lock IF NOT EXISTS FOR (l:SchemaMigrationLock) REQUIRE l.name IS UNIQUE").consume();
            session.run("MERGE (l:SchemaMigrationLock {name: 'schema'})").consume();
            CompletableFuture<ConfigurableApplicationContext> startingA;
            CompletableFuture<ConfigurableApplicationContext> startingB;
            try (Transaction lock = session.beginTransaction()) {
                lock.run("MATCH (l:SchemaMigrationLock {name: 'schema'}) SET l.holder = 'the test'").consume();
                startingA = CompletableFuture.supplyAsync(() -> start("open"));
                startingB = CompletableFuture.supplyAsync(() -> start("closed"));
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (count(WAITING, output) < 2 && System.nanoTime() < deadline && !startingA.isDone() && !startingB.isDone()) {
                    Thread.sleep(200);
                }
                assertThat(count(WAITING, output)).as("instances waiting for the lock").isEqualTo(2);
                lock.rollback();
            }
            a = startingA.get(5, TimeUnit.MINUTES);
            b = startingB.get(5, TimeUnit.MINUTES);

            assertThat(count(APPLIED, output)).as("runs that applied migrations").isEqualTo(1);
            var versions = session.run("MATCH (m:SchemaMigration) RETURN m.version AS version, count(*) AS times")
                    .list(r -> r.get("times").asLong());
            assertThat(versions).hasSize(files).containsOnly(1L);
        }
    }

    @Test
    @Order(2)
    void aClientThatUsedUpItsLimitOnOneInstanceWaitsOnTheOther() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        int accepted = 0;
        while (post(client, port(a), "{ __typename }", "198.51.100.7", null).statusCode() == 200) {
            accepted++;
            assertThat(accepted).as("requests accepted on A").isLessThanOrEqualTo(BURST + 5);
        }
        List<Integer> onB = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            onB.add(post(client, port(b), "{ __typename }", "198.51.100.7", null).statusCode());
        }
        // On its own, B would accept the first ten; at most a token or two can have refilled meanwhile.
        assertThat(onB).as("B's answers").contains(429);
        assertThat(post(client, port(b), "{ __typename }", "198.51.100.8", null).statusCode())
                .as("another client on B").isEqualTo(200);
    }

    @Test
    @Order(3)
    void xForwardedForIsBelievedOnlyFromATrustedProxy() throws Exception {
        HttpClient trusted = HttpClient.newHttpClient();
        for (int i = 0; i < BURST + 5; i++) {
            assertThat(post(trusted, port(a), "{ __typename }", "203.0.113." + (10 + i), null).statusCode())
                    .as("client 203.0.113.%d through the proxy", 10 + i).isEqualTo(200);
        }
        HttpClient untrusted = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < BURST + 5; i++) {
            statuses.add(post(untrusted, port(a), "{ __typename }", "203.0.113." + (100 + i), null).statusCode());
        }
        assertThat(statuses).as("one untrusted client claiming a new address each time").contains(429);
    }

    @Test
    @Order(4)
    void signedInOnOneInstanceIsSignedInOnTheOtherAndReadsItsOwnWritesThere() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String baseA = "http://127.0.0.1:" + port(a);
        HttpResponse<String> login = signIn(browser, cookies, baseA, "192.0.2.1");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        JsonNode created = json(post(browser, port(a), createPerson("Ada Across"), "192.0.2.1", cookie(cookies, "XSRF-TOKEN")));
        String id = created.at("/data/createPerson/person/id").asString();
        assertThat(id).as(created.toString()).startsWith("person:ada-across-");

        // The editor's last write travels with their session, for B's reads to wait for.
        String sessionId = new String(Base64.getDecoder().decode(cookie(cookies, "SESSION")), StandardCharsets.UTF_8);
        Object bookmarks = b.getBean(SessionRepository.class).findById(sessionId).getAttribute(ReadYourWrites.SESSION_ATTRIBUTE);
        assertThat(bookmarks).isInstanceOfSatisfying(Collection.class, values -> assertThat(values).isNotEmpty());

        JsonNode read = json(post(browser, port(b), "{ node(id: \"" + id + "\") { ... on Person { name } } }", "192.0.2.1",
                cookie(cookies, "XSRF-TOKEN")));
        assertThat(read.at("/data/node/name").asString()).as(read.toString()).isEqualTo("Ada Across");

        JsonNode onB = json(post(browser, port(b), createPerson("Bea Both"), "192.0.2.1", cookie(cookies, "XSRF-TOKEN")));
        assertThat(onB.at("/data/createPerson/person/id").asString()).as("signed in on B: " + onB).startsWith("person:bea-both-");

        JsonNode anonymous = json(post(HttpClient.newHttpClient(), port(b), createPerson("Nobody"), "192.0.2.2", null));
        assertThat(anonymous.has("errors")).as("the same mutation without the session: " + anonymous).isTrue();
    }

    @Test
    @Order(5)
    void withRedisStoppedTheLimitFailsOpenOrClosedAsSetAndAnswersStayPlain() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(signIn(browser, cookies, "http://127.0.0.1:" + port(a), "192.0.2.9").statusCode()).isEqualTo(302);
        stopRedis();
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> open = post(client, port(a), "{ __typename }", "198.51.100.20", null);
        assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
        assertThat(json(open).at("/data/__typename").asString()).isEqualTo("Query");

        HttpResponse<String> closed = post(client, port(b), "{ __typename }", "198.51.100.20", null);
        assertThat(closed.statusCode()).isEqualTo(503);
        assertThat(closed.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(closed).at("/errors/0/message").asString())
                .contains("shared rate-limit store does not answer").doesNotContain("Exception");

        HttpResponse<String> withSession = post(browser, port(a), "{ __typename }", "192.0.2.9", cookie(cookies, "XSRF-TOKEN"));
        assertThat(withSession.statusCode()).as(withSession.body()).isEqualTo(503);
        assertThat(json(withSession).at("/errors/0/message").asString()).isEqualTo(SessionStoreDown.MESSAGE);
    }

    @AfterAll
    static void stopEverything() {
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] { a, b }) {
            if (app != null) {
                app.close();
            }
        }
        stopRedis();
        if (neo4j != null) {
            neo4j.close();
        }
        if (store != null) {
            FileSystemUtils.deleteRecursively(store.toFile());
        }
    }

    private static ConfigurableApplicationContext start(String redisFailure) {
        return new SpringApplicationBuilder(TrustmapApplication.class).run("--server.port=0",
                "--spring.neo4j.uri=neo4j://127.0.0.1:" + neo4j.boltUri().getPort(),
                "--spring.neo4j.authentication.username=" + neo4j.user(),
                "--spring.neo4j.authentication.password=" + PASSWORD,
                "--trustmap.datasets.load-bundled=false",
                "--trustmap.redis.url=redis://127.0.0.1:" + redisPort,
                "--trustmap.proxy.trusted-proxies=127.0.0.1/32",
                "--trustmap.rate-limit.enabled=true",
                "--trustmap.rate-limit.burst=" + BURST, "--trustmap.rate-limit.per-second=1",
                "--trustmap.rate-limit.account-burst=" + BURST, "--trustmap.rate-limit.account-per-second=1",
                "--trustmap.rate-limit.max-hold=0s",
                "--trustmap.rate-limit.redis-failure=" + redisFailure);
    }

    /** Signs in with the form, then fetches the form again for the new CSRF token (sign-in replaces it). */
    private static HttpResponse<String> signIn(HttpClient browser, CookieManager cookies, String base, String forwardedFor)
            throws IOException, InterruptedException {
        HttpRequest form = HttpRequest.newBuilder(URI.create(base + "/login")).header("X-Forwarded-For", forwardedFor).build();
        browser.send(form, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=test-editor-password&_csrf="
                        + cookie(cookies, "XSRF-TOKEN")))
                .build(), HttpResponse.BodyHandlers.ofString());
        browser.send(form, HttpResponse.BodyHandlers.ofString());
        return login;
    }

    private static String createPerson(String name) {
        return "mutation { createPerson(input: {authority: \"" + KENT + "\", name: \"" + name + "\"}) { person { id } } }";
    }

    private static HttpResponse<String> post(HttpClient client, int port, String query, String forwardedFor, String csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static long count(Pattern pattern, CapturedOutput output) {
        return pattern.matcher(output.getOut()).results().count();
    }

    private static void startRedis() throws Exception {
        redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(store.resolve("redis.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", redisPort), 500);
                return;
            }
            catch (IOException notYet) {
                assertThat(redis.isAlive()).as("redis-server is running (.ci/run installs it)").isTrue();
                assertThat(System.nanoTime()).as("redis-server answering in time").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    private static void stopRedis() {
        if (redis != null && redis.isAlive()) {
            redis.destroy();
            try {
                redis.waitFor(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
