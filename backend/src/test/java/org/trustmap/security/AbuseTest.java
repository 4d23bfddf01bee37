package org.trustmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.trustmap.TrustmapApplication;
import org.trustmap.support.SharedNeo4j;
import org.trustmap.web.Tarpit;

/**
 * What a client cannot switch off or get round by what it sends: the rate limit, the CSRF check, the
 * waits after failed sign-ins, the security headers. Its own application with a small rate limit and
 * short sign-in waits; each test speaks from its own loopback address (127.0.0.x), as another client would.
 */
class AbuseTest {

    private static final int BURST = 5;
    private static final int REQUEST_THREADS = 4;
    private static final String MUTATION = "{\"query\":\"mutation { createPerson(input: {authority: \\\"authority:E10999999\\\", "
            + "name: \\\"Sam Session\\\"}) { person { id } } }\"}";
    private static final String READ = "{\"query\":\"{ graphSummary { nodes } }\"}";

    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void start() {
        List<String> arguments = new ArrayList<>(List.of(SharedNeo4j.connectionArguments()));
        arguments.addAll(List.of("--server.port=0", "--trustmap.rate-limit.enabled=true",
                "--trustmap.rate-limit.burst=" + BURST, "--trustmap.rate-limit.per-second=1",
                "--trustmap.rate-limit.account-burst=50", "--trustmap.rate-limit.account-per-second=10",
                "--trustmap.sign-in.free-failures=2", "--trustmap.sign-in.first-delay=20s",
                "--trustmap.sign-in.max-address-delay=60s", "--trustmap.sign-in.max-account-delay=2s",
                // Refusals held 2 s at most, and fewer request threads than the test holds answers.
                "--trustmap.rate-limit.max-hold=2s", "--server.tomcat.threads.max=" + REQUEST_THREADS,
                "--server.tomcat.threads.min-spare=" + REQUEST_THREADS,
                // On a busy shared machine the start-up migrations may wait their turn for a connection.
                "--spring.neo4j.pool.connection-acquisition-timeout=60s",
                "--trustmap.security.editors[0].username=editor",
                "--trustmap.security.editors[0].password=test-editor-password"));
        app = new SpringApplicationBuilder(TrustmapApplication.class).run(arguments.toArray(String[]::new));
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aJunkAuthorizationHeaderDoesNotSwitchTheRateLimitOff() throws Exception {
        for (String junk : List.of("Bearer junk", "x", "Foo")) {
            HttpClient client = from("127.0.0." + (11 + List.of("Bearer junk", "x", "Foo").indexOf(junk)));

            List<Integer> statuses = burst(client, post("/graphql", READ).header("Authorization", junk).build()).stream()
                    .map(HttpResponse::statusCode).toList();

            assertThat(statuses).as(junk).contains(429);
        }
    }

    @Test
    void aClientIgnoringRetryAfterIsAnsweredOnlyOnceItsWaitIsOverAndHoldsNoRequestThread() throws Exception {
        HttpClient client = from("127.0.0.22");
        for (int i = 0; i < BURST; i++) {
            client.send(post("/graphql", READ).build(), HttpResponse.BodyHandlers.ofString());
        }
        Tarpit tarpit = app.getBean(Tarpit.class);
        List<CompletableFuture<Long>> waited = new ArrayList<>();
        for (int i = 0; i < 3 * REQUEST_THREADS; i++) {
            long sent = System.nanoTime();
            waited.add(client.sendAsync(post("/graphql", READ).build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> response.statusCode() == 429 ? System.nanoTime() - sent : -1L));
        }
        int mostHeld = 0;
        for (int i = 0; i < 600 && mostHeld <= REQUEST_THREADS; i++) {
            mostHeld = Math.max(mostHeld, tarpit.held());
            Thread.sleep(10);
        }
        int answered = from("127.0.0.23").send(post("/graphql", READ).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
        List<Long> refusals = waited.stream().map(CompletableFuture::join).filter(nanos -> nanos >= 0).toList();

        // More answers held at once than there are request threads, and another client still answered.
        assertThat(mostHeld).isGreaterThan(REQUEST_THREADS);
        assertThat(answered).isEqualTo(200);
        // Each refusal came no sooner than the second its Retry-After named (the allowance refills one a second).
        assertThat(refusals).hasSizeGreaterThan(REQUEST_THREADS)
                .allSatisfy(nanos -> assertThat(nanos).isGreaterThanOrEqualTo(900_000_000L));
    }

    @Test
    void aSignedInAccountHasItsOwnHigherAllowance() throws Exception {
        HttpClient client = from("127.0.0.15");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < BURST + 10; i++) {
            statuses.add(client.send(post("/graphql", READ).header("Authorization", basic("editor:test-editor-password"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersEvenRefusals() throws Exception {
        HttpClient client = from("127.0.0.16");
        HttpResponse<String> tooMany = burst(client, post("/graphql", READ).build()).stream()
                .filter(response -> response.statusCode() == 429).findFirst().orElseThrow();
        HttpResponse<String> tooLarge = from("127.0.0.17").send(post("/graphql", "{\"query\":\"" + "x".repeat(70_000)
                + "\"}").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> notFound = client.send(HttpRequest.newBuilder(URI.create(base + "/no-such-page")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(notFound.statusCode()).isEqualTo(404);
        for (HttpResponse<String> response : List.of(tooMany, tooLarge, notFound, head)) {
            assertSecurityHeaders(response.statusCode() + " " + response.request().method(), response.headers());
        }
    }

    @Test
    void aSessionNeedsItsCsrfTokenWhateverAuthorizationHeaderComesWithIt() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.18"))
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = browser.send(signIn("editor", "test-editor-password", cookie(cookies, "XSRF-TOKEN")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        for (String junk : List.of("Foo", "x", "Bearer junk")) {
            HttpResponse<String> forged = browser.send(post("/graphql", MUTATION).header("Authorization", junk).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(forged.statusCode()).as(junk).isEqualTo(403);
        }
        // Wrong Basic credentials beside a signed-in session are judged alone: they do not borrow the session.
        HttpResponse<String> wrongBasic = browser.send(post("/graphql", MUTATION)
                .header("Authorization", basic("editor:not-the-password")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongBasic.statusCode()).isEqualTo(401);
        assertThat(wrongBasic.body()).doesNotContain("person:sam-session-");
    }

    @Test
    void passwordGuessingWaitsLongerAndLongerWhileTheRealUserStillSignsIn() throws Exception {
        HttpClient stranger = from("127.0.0.19");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 6; i++) {
            // The editor's account first, then others: the address's failures grow whatever the account.
            String account = i < 2 ? "editor" : "someone-" + i;
            HttpResponse<String> response = stranger.send(post("/graphql", READ)
                    .header("Authorization", basic(account + ":guess-" + i)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(response.statusCode());
            refused = response.statusCode() == 429 && refused == null ? response : refused;
        }

        assertThat(statuses).startsWith(401).contains(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many failed sign-ins");

        // The real user, from elsewhere, waits seconds at most (max-account-delay), then is let in; the
        // stranger's own address waits far longer (first-delay), even with the right password.
        HttpClient owner = from("127.0.0.20");
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
            status = owner.send(post("/graphql", READ).header("Authorization", basic("editor:test-editor-password")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).isEqualTo(200);
        assertThat(stranger.send(post("/graphql", READ).header("Authorization", basic("editor:test-editor-password")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(429);
    }

    @Test
    void guessingThroughTheSignInFormIsSlowedToo() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.21"))
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(browser.send(signIn("someone-" + i % 2, "guess-" + i, cookie(cookies, "XSRF-TOKEN")),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }

        assertThat(statuses.subList(0, 2)).containsOnly(302);
        assertThat(statuses).contains(429);
    }

    /**
     * Many times the same request at once: they arrive faster than the allowance refills (one a second),
     * however slow the machine.
     */
    private static List<HttpResponse<String>> burst(HttpClient client, HttpRequest request) {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < BURST * 6; i++) {
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private static void assertSecurityHeaders(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(v -> assertThat(v)
                .contains("default-src 'self'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
    }

    private static HttpClient from(String address) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
    }

    private static HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpRequest signIn(String username, String password, String csrf) {
        return HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf=" + csrf))
                .build();
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }
}
