package org.trustmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.support.GraphQlHttp;
import org.trustmap.support.Testshire;
import tools.jackson.databind.JsonNode;

/** Who may do what: anonymous readers, editors of one authority, admins; and what every page sends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessTest {

    static final String ADMIN = "admin:test-admin-password";
    static final String KENT_EDITOR = "kent-editor:test-kent-password";

    @LocalServerPort
    int port;

    GraphQlHttp graphQl;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void load(@Autowired NetworkImporter importer) {
        Testshire.load(importer);
    }

    @AfterAll
    static void remove(@Autowired NetworkImporter importer, @Autowired org.neo4j.driver.Driver driver) {
        importer.remove(Testshire.ID);
        driver.executableQuery("MATCH (b:Body {dataset: 'authority:E10000016', name: 'A club'}) DETACH DELETE b").execute();
    }

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void anEditorChangesOnlyTheirOwnAuthoritysNetwork() {
        String create = """
                mutation($authority: ID!) { createBody(input: {authority: $authority, name: "A club", kind: OTHER,
                  sector: VOLUNTARY_AND_COMMUNITY}) { body { id } problems { field message } } }
                """;

        JsonNode refused = graphQl.post(create, Map.of("authority", Testshire.ID), KENT_EDITOR);
        JsonNode accepted = graphQl.post(create, Map.of("authority", "authority:E10000016"), KENT_EDITOR);

        assertThat(refused.at("/data/createBody/problems/0/message").asString())
                .isEqualTo("you may not change authority:E10999999's network: your account edits other authorities'");
        assertThat(accepted.at("/data/createBody/body/id").asString()).startsWith("body:a-club-");
        JsonNode update = graphQl.post("""
                mutation { updateBody(input: {id: "body:testshire-police", version: 0, phone: "01234 999999"}) {
                  body { id } problems { message } } }
                """, Map.of(), KENT_EDITOR);
        assertThat(update.at("/data/updateBody/problems/0/message").asString()).startsWith("you may not change");
    }

    @Test
    void onlyEditorsReadTheAuditTrail() {
        String history = "query { history(id: \"authority:E10999999\") { action actor after } }";

        JsonNode anonymous = graphQl.post(history, Map.of());
        JsonNode editor = graphQl.post(history, Map.of(), GraphQlHttp.EDITOR);

        assertThat(anonymous.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(editor.at("/data/history/0/action").asString()).isEqualTo("import");
        assertThat(editor.at("/data/history/0/actor").asString()).isEqualTo("command line");
    }

    @Test
    void onlyAdminsExportAndImportWholeAuthorities() throws Exception {
        String url = "http://localhost:" + port + "/api/admin/networks/" + Testshire.ID;
        assertThat(get(url, null).statusCode()).isEqualTo(401);
        assertThat(get(url, GraphQlHttp.EDITOR).statusCode()).isEqualTo(403);

        HttpResponse<byte[]> export = get(url, ADMIN);
        assertThat(export.statusCode()).isEqualTo(200);
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
            while (zip.getNextEntry() != null) {
                files++;
            }
        }
        assertThat(files).isEqualTo(5);

        HttpResponse<String> reimport = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/admin/networks")).header("Authorization", basic(ADMIN)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(export.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reimport.statusCode()).isEqualTo(200);
        assertThat(reimport.body()).contains("\"authority\":\"authority:E10999999\"");

        HttpResponse<String> broken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/admin/networks")).header("Authorization", basic(ADMIN)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 'P', 'K', 3, 4 })).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("network.json").contains("not found");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] { "/", "/graphiql/", "/graphql/schema" }) {
            HttpResponse<byte[]> response = get("http://localhost:" + port + path, null);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "http"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void aBrowserSessionMustSendItsCsrfToken() throws Exception {
        var cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String token = csrfCookie(cookies);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=test-editor-password&_csrf=" + token))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String mutation = "{\"query\":\"mutation { createPerson(input: {authority: \\\"authority:E10999999\\\", "
                + "name: \\\"Sam Session\\\"}) { person { id } } }\"}";

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(mutation)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> genuine = browser.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfCookie(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(mutation)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("person:sam-session-");
    }

    @Test
    void introspectionIsOnForGraphiQl() {
        JsonNode data = graphQl.data("{ __schema { queryType { name } } }", Map.of());
        assertThat(data.at("/__schema/queryType/name").asString()).isEqualTo("Query");
    }

    private HttpResponse<byte[]> get(String url, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String csrfCookie(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }
}
