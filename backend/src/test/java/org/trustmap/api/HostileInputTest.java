package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed and hostile values thrown at every argument of every query and mutation, over real HTTP:
 * huge strings, control characters, Cypher and script injection, wrong types, impossible dates, unknown
 * ids. Each answer must be a GraphQL response (no 5xx) whose errors carry a message for the user and no
 * internals, and the graph must be exactly as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString(
            "editor:test-editor-password".getBytes(StandardCharsets.UTF_8));
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger ERRORS = new AtomicInteger();

    private static ApplicationContext app;
    private static int port;

    /** One argument of one field: the operation, with $v standing for the hostile value. */
    record Target(String operation, boolean mutation) {
    }

    static final List<Target> TARGETS = List.of(
            query("query($v: String!) { findRepresentatives(place: $v) { status seats { level } } }"),
            query("query($v: Sector) { findRepresentatives(place: \"Hart\", sector: $v) { status } }"),
            query("query($v: Date) { findRepresentatives(place: \"Hart\", asOf: $v) { status } }"),
            query("query($v: ID) { representationCoverage(authority: $v) { name } }"),
            query("query($v: Date) { representationCoverage(asOf: $v) { name } }"),
            query("query($v: ID!) { neighbourhood(id: $v) { truncated } }"),
            query("query($v: Int) { neighbourhood(id: \"partnership:hart-lcp\", hops: $v) { truncated } }"),
            query("query($v: Int) { neighbourhood(id: \"partnership:hart-lcp\", limit: $v) { truncated } }"),
            query("query($v: ID!) { authorityNetwork(authority: $v) { truncated } }"),
            query("query($v: String!) { search(text: $v) { id } }"),
            query("query($v: Int) { search(text: \"hart\", first: $v) { id } }"),
            query("query($v: ID!) { node(id: $v) { id } }"),
            query("query($v: [ID!]!) { nodes(ids: $v) { id } }"),
            query("query($v: ID!) { connection(from: $v, to: \"partnership:hampshire-childrens-trust\") { length } }"),
            query("query($v: Int) { connection(from: \"school:116003\", to: \"district:E07000089\", maxHops: $v) { length } }"),
            query("query($v: ID!) { seatsOf(organisation: $v) { post { name } } }"),
            query("query($v: ID!) { sectorRepresentationHistory(partnership: $v) { id } }"),
            query("query($v: Date) { partnersWithoutBoardSeat(asOf: $v) { board { name } } }"),
            query("query($v: [BodyKind!]) { partnersWithoutBoardSeat(kinds: $v) { board { name } } }"),
            query("query($v: PartnershipKind) { partnershipsWithoutSectorSeat(kind: $v) { status } }"),
            query("query($v: Int) { peopleWithMostSeats(first: $v) { count } }"),
            query("query($v: Int) { bodies(first: $v) { totalCount } }"),
            query("query($v: String) { bodies(after: $v) { totalCount } }"),
            query("query($v: String) { bodies(filter: {nameContains: $v}) { totalCount } }"),
            query("query($v: ID) { partnerships(filter: {district: $v}) { totalCount } }"),
            query("query($v: Date) { people(filter: {activeOn: $v}) { totalCount } }"),
            query("query($v: String) { schools(filter: {nameContains: $v}) { totalCount } }"),
            query("query($v: Boolean) { posts(filter: {vacant: $v}) { totalCount } }"),
            query("query($v: ID!) { history(id: $v) { id } }"),
            mutation("mutation($v: ID!) { createBody(input: {authority: $v, name: \"n\", kind: OTHER, sector: PRIVATE}) { problems { message } } }"),
            mutation("mutation($v: String!) { createBody(input: {authority: \"authority:E10000014\", name: $v, kind: OTHER, sector: PRIVATE, basedIn: \"district:E07000105\"}) { problems { message } } }"),
            // Otherwise valid: were the value's check missing, these would create a body and change the graph.
            mutation("mutation($v: Url!) { createBody(input: {authority: \"authority:E10000014\", name: \"Hostile Input Club\", kind: OTHER, sector: PRIVATE, basedIn: \"district:E07000089\", website: $v}) { problems { message } } }"),
            mutation("mutation($v: String!) { createBody(input: {authority: \"authority:E10000014\", name: \"Hostile Input Club\", kind: OTHER, sector: PRIVATE, basedIn: \"district:E07000089\", email: $v}) { problems { message } } }"),
            mutation("mutation($v: PartialDate) { createBody(input: {authority: \"authority:E10000099\", name: \"n\", kind: OTHER, sector: PRIVATE, validFrom: $v}) { problems { message } } }"),
            mutation("mutation($v: ID!) { updateBody(input: {id: $v, version: 999, name: \"n\"}) { problems { message } } }"),
            mutation("mutation($v: Long!) { updateBody(input: {id: \"body:hampshire-constabulary\", version: $v, phone: \"x\"}) { problems { message } } }"),
            mutation("mutation($v: ID!) { createPost(input: {partnership: $v, name: \"n\", role: MEMBER}) { problems { message } } }"),
            mutation("mutation($v: ID!) { createPartnership(input: {authority: $v, name: \"n\", kind: OTHER}) { problems { message } } }"),
            mutation("mutation($v: String!) { createPerson(input: {authority: \"authority:E10000099\", name: $v}) { problems { message } } }"),
            mutation("mutation($v: ID!) { appointMember(input: {person: $v, post: \"post:nope\", validFrom: \"2020\"}) { problems { message } } }"),
            mutation("mutation($v: PartialDate!) { appointMember(input: {person: \"person:nope\", post: \"post:nope\", validFrom: $v}) { problems { message } } }"),
            mutation("mutation($v: ID!) { endMembership(input: {id: $v, version: 1, validTo: \"2020\"}) { problems { message } } }"));

    /**
     * The application context every other {@code @SpringBootTest} class of the JVM shares, from Spring's
     * context cache: jqwik is not JUnit Jupiter, so Spring's extension does not run here and the test
     * context framework is asked directly. Spring closes the context when the JVM exits.
     */
    @BeforeContainer
    static void start() throws Exception {
        app = new TestContextManager(HostileInputTest.class).getTestContext().getApplicationContext();
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterContainer
    static void report() {
        System.out.printf("Hostile input: %d cases sent, %d answered with GraphQL errors, none with a 5xx, a stack "
                + "trace or a change to the graph%n", CASES.get(), ERRORS.get());
    }

    @Property(tries = 400, seed = "20261123")
    void everyArgumentRefusesHostileValuesPlainlyAndChangesNothing(@ForAll("targets") Target target,
            @ForAll("hostile") Object value) throws Exception {
        String before = graphState();

        HttpResponse<String> response = send(target, value);

        CASES.incrementAndGet();
        assertThat(response.statusCode()).as(response.body()).isIn(200, 400, 413);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.", "neo4j.driver", "Cypher");
        JsonNode json = JSON.readTree(response.body());
        if (json.has("errors")) {
            ERRORS.incrementAndGet();
            json.get("errors").forEach(error -> assertThat(error.get("message").asString()).isNotBlank());
        }
        assertThat(graphState()).isEqualTo(before);
    }

    /**
     * Every hostile text on the one field of an otherwise valid change: only that field's check stands
     * between the value and a new body in the graph. Blank texts are left out: on an optional field they mean
     * no value, in editing as in the import (the next example).
     */
    @Property(tries = 60, seed = "20261201")
    void anOtherwiseValidChangeRefusesEveryHostileTextAndChangesNothing(@ForAll("otherwiseValid") Target target,
            @ForAll("hostileTexts") String value) throws Exception {
        Assume.that(!value.strip().isEmpty());
        everyArgumentRefusesHostileValuesPlainlyAndChangesNothing(target, value);
    }

    /** A blank optional text is no value: the body is made without it, never with the blank stored. */
    @Example
    void aBlankOptionalTextIsNoValue() throws Exception {
        for (String blank : List.of("", " ", "\t")) {
            Target target = TARGETS.stream().filter(t -> t.operation().contains("Hostile Input Club")
                    && t.operation().contains("email: $v")).findFirst().orElseThrow();
            JsonNode json = JSON.readTree(send(target, blank).body());
            try {
                assertThat(json.at("/data/createBody/problems")).as(json.toString()).isEmpty();
                assertThat(app.getBean(org.neo4j.driver.Driver.class).executableQuery("""
                        MATCH (b:Body {name: 'Hostile Input Club'}) RETURN b.email IS NULL AS none""").execute()
                        .records().getFirst().get("none").asBoolean()).as("no email stored for %s", json).isTrue();
            }
            finally {
                app.getBean(org.neo4j.driver.Driver.class).executableQuery("""
                        MATCH (b:Body {name: 'Hostile Input Club'}) OPTIONAL MATCH (e:AuditEvent {entity: b.id})
                        DETACH DELETE b, e""").execute();
            }
        }
    }

    /** The control for the otherwise-valid cases: with a good value the same mutation does change the graph. */
    @Example
    void theOtherwiseValidMutationsCreateABodyWhenTheValueIsGood() throws Exception {
        for (String good : List.of("https://club.example.org", "club@example.org")) {
            Target target = TARGETS.stream().filter(t -> t.operation().contains("Hostile Input Club")
                    && t.operation().contains(good.startsWith("https") ? "website" : "email")).findFirst().orElseThrow();
            String before = graphState();
            JsonNode json = JSON.readTree(send(target, good).body());
            try {
                assertThat(json.at("/data/createBody/problems")).as(json.toString()).isEmpty();
                assertThat(graphState()).isNotEqualTo(before);
            }
            finally {
                app.getBean(org.neo4j.driver.Driver.class).executableQuery("""
                        MATCH (b:Body {name: 'Hostile Input Club'}) OPTIONAL MATCH (e:AuditEvent {entity: b.id})
                        DETACH DELETE b, e""").execute();
            }
        }
    }

    @Property(tries = 20, seed = "20261123")
    void deeplyNestedOrMalformedDocumentsAreRefused(@ForAll("documents") String document) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document)))).build(),
                HttpResponse.BodyHandlers.ofString());

        CASES.incrementAndGet();
        assertThat(response.statusCode()).isIn(200, 400, 413);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
        if (response.statusCode() == 200) {
            assertThat(JSON.readTree(response.body()).get("errors")).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<Target> targets() {
        return Arbitraries.of(TARGETS);
    }

    @Provide
    Arbitrary<Target> otherwiseValid() {
        return Arbitraries.of(TARGETS.stream().filter(t -> t.operation().contains("Hostile Input Club")).toList());
    }

    @Provide
    Arbitrary<Object> hostile() {
        Arbitrary<String> texts = hostileTexts();
        return Arbitraries.oneOf(texts.map(t -> (Object) t),
                Arbitraries.of(-1, 0, 2_147_483_647, -2_147_483_648, 9_999_999_999L).map(n -> (Object) n),
                Arbitraries.of(1.5, -0.0, 1e300).map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of(List.of(), List.of("a", "b"), List.of(List.of(List.of()))).map(l -> (Object) l),
                Arbitraries.of(Map.of("a", 1), Map.of("$where", "1")).map(m -> (Object) m),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<String> hostileTexts() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\u0000", "\t\n\r", "' OR 1=1 --", "\") RETURN 1 //",
                        "}) MATCH (n) DETACH DELETE n //", "$(x)", "`", "x:y:z", "<script>alert(1)</script>",
                        "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\\u0000",
                        "2010-13-45", "0000-00-00", "2010-02-30", "99999-01-01", "-1", "1e309", "NaN",
                        "partnership:", "partnership:../../x", "authority:E10000099", "district:E99999999",
                        "body:hampshire-constabulary\u0000", "Ünïcödé ✓ 🚸", "\uD800"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withChars('x').ofMinLength(5_000).ofMaxLength(60_000));
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(20, 400).map(depth -> "{ " + "node(id: \"x\") { ... on Partnership { parts ".repeat(depth)
                        + "{ id }" + " } }".repeat(depth) + " }"),
                Arbitraries.integers().between(20, 3000).map(n -> "{".repeat(n) + "}".repeat(n)),
                Arbitraries.of("", "query", "{ __typename", "mutation { }", "{ node(id: 1) }", "{ a: node(id: \"x\") { id } "
                        + "a: search(text: \"x\") { id } }", "subscription { x }", "{ findRepresentatives }"));
    }

    private static HttpResponse<String> send(Target target, Object value) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", target.operation());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("v", value);
        body.put("variables", variables);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (target.mutation()) {
            request.header("Authorization", EDITOR);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String graphState() {
        var driver = app.getBean(org.neo4j.driver.Driver.class);
        var row = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL () { MATCH (n:Entity) WHERE n.version > 0 RETURN sum(n.version) AS versions }
                RETURN nodes + ' nodes, ' + relationships + ' relationships, versions ' + versions AS state
                """).execute().records().getFirst();
        return row.get("state").asString();
    }

    private static Target query(String operation) {
        return new Target(operation, false);
    }

    private static Target mutation(String operation) {
        return new Target(operation, true);
    }
}
