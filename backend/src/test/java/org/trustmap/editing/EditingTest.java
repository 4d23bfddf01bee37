package org.trustmap.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.trustmap.importing.DatasetLocation;
import org.trustmap.importing.ImportProgress;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.support.GraphFingerprint;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * The editors' mutations over HTTP, on Testshire: each succeeds with good input, refuses each kind of
 * bad input naming the field, and leaves the graph exactly as it was when it refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditingTest {

    static final String TESTSHIRE = "authority:E10999999";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    GraphQlHttp graphQl;

    @BeforeAll
    static void importTestshire(@Autowired NetworkImporter importer, @TempDir Path folder) throws IOException {
        for (String file : List.of("network.json", "bodies.csv", "schools.csv", "school-clusters.csv", "postcodes.csv")) {
            Files.copy(new ClassPathResource("datasets/testshire/" + file).getInputStream(), folder.resolve(file));
        }
        importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);
    }

    @AfterAll
    static void removeTestshire(@Autowired NetworkImporter importer) {
        importer.remove(TESTSHIRE);
    }

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void anEditorCreatesABodyInOneGo() {
        JsonNode payload = edit("""
                mutation { createBody(input: {authority: "authority:E10999999", name: "Northdale Youth Club",
                    kind: VOLUNTARY_ORGANISATION, sector: VOLUNTARY_AND_COMMUNITY, basedIn: "district:E07999991",
                    website: "https://youth.example.org", validFrom: "2015-09", source: "test"}) {
                  body { id name kind version validFrom basedIn { name } source { title } }
                  problems { field message } } }
                """).get("createBody");

        assertThat(payload.get("problems")).isEmpty();
        assertThat(payload.at("/body/id").asString()).startsWith("body:northdale-youth-club-");
        assertThat(payload.at("/body/version").asLong()).isEqualTo(1);
        assertThat(payload.at("/body/basedIn/0/name").asString()).isEqualTo("Northdale");
        assertThat(payload.at("/body/source/title").asString()).isEqualTo("Written by hand for the tests");
        assertThat(auditEvents(payload.at("/body/id").asString())).containsExactly("createBody by editor");
    }

    @Test
    void aMutationCountsEveryQueryItRanInItsRoundTrips() {
        JsonNode response = graphQl.post("""
                mutation { createBody(input: {authority: "authority:E10999999", name: "Northdale Play Association",
                    kind: VOLUNTARY_ORGANISATION, sector: VOLUNTARY_AND_COMMUNITY, basedIn: "district:E07999991"}) {
                  body { id } problems { field message } } }
                """, new HashMap<>(), GraphQlHttp.EDITOR);

        assertThat(response.at("/data/createBody/problems")).isEmpty();
        // At least: the node, its BASED_IN relation, the rules over time, the audit event and the answer.
        assertThat(response.at("/extensions/dbRoundTrips").asInt()).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "createBody refuses {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            a blank name            | name: " "                                      | name     | must not be blank
            an unknown authority    | name: "X", authority: "authority:E10000099"     | authority | nothing has the id authority:E10000099
            dates out of order      | name: "X", validFrom: "2015", validTo: "2012"   | validTo  | ends (2012) before it starts (2015)
            a bad email address     | name: "X", email: "not-an-address"             | email    | 'not-an-address' is not an email address
            an area of another authority | name: "X", basedIn: "district:E07000089"  | basedIn  | district:E07000089 belongs to another authority's network
            a person as an area     | name: "X", basedIn: "person:ada-example"       | basedIn  | 'person:ada-example' must be the id of Authority or District
            an unknown source       | name: "X", source: "hearsay"                   | source   | refers to source 'hearsay', which is not in the sources list
            """)
    void createBodyRefusesBadInputAndWritesNothing(String what, String fields, String field, String message) {
        String input = fields.contains("authority:") ? fields : fields + ", authority: \"authority:E10999999\"";
        List<String> before = GraphFingerprint.of(driver, TESTSHIRE);

        JsonNode payload = edit("mutation { createBody(input: {" + input + ", kind: OTHER, sector: PRIVATE}) "
                + "{ body { id } problems { field message } } }").get("createBody");

        assertThat(payload.get("body").isNull()).isTrue();
        assertThat(payload.get("problems").valueStream().map(p -> p.get("field").asString() + ": " + p.get("message").asString()))
                .contains(field + ": " + message);
        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEqualTo(before);
    }

    /**
     * A date that is no date is a problem of its field beside the input's others, in the payload: not a GraphQL
     * error that drops the payload, whether written in the document or given as a variable, on a create or an
     * update.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            a month 13 in the document | createBody/body | mutation { createBody(input: {authority: "authority:E10999999", name: "X", kind: OTHER, sector: PRIVATE, validFrom: "2010-13-45"}) { body { id } problems { field message } } }
            a month 13 as a variable   | createPartnership/partnership | mutation($d: PartialDate) { createPartnership(input: {authority: "authority:E10999999", name: "X", kind: OTHER, validFrom: $d}) { partnership { id } problems { field message } } }
            a required date            | appointMember/membership | mutation($d: PartialDate!) { appointMember(input: {person: "person:cat-specimen", post: "post:northdale-lcp-vcs", validFrom: $d}) { membership { id } problems { field message } } }
            """)
    void aDateThatIsNoDateIsAProblemNamingItsFieldAndNothingIsWritten(String what, String answer, String document) {
        List<String> before = GraphFingerprint.of(driver, TESTSHIRE);

        JsonNode response = graphQl.post(document, new HashMap<>(Map.of("d", "2010-13-45")), GraphQlHttp.EDITOR);

        assertThat(response.has("errors")).as(String.valueOf(response.get("errors"))).isFalse();
        JsonNode payload = response.at("/data/" + answer.substring(0, answer.indexOf('/')));
        assertThat(response.at("/data/" + answer).isNull()).isTrue();
        assertThat(payload.get("problems").valueStream().map(p -> p.get("field").asString() + ": " + p.get("message").asString()))
                .containsExactly("validFrom: '2010-13-45' is not a real date");
        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEqualTo(before);
    }

    @Test
    void anUpdateWithADateThatIsNoDateNamesTheFieldAndChangesNothing() {
        String id = edit("""
                mutation { createBody(input: {authority: "authority:E10999999", name: "Northdale Chess Club",
                    kind: VOLUNTARY_ORGANISATION, sector: VOLUNTARY_AND_COMMUNITY, validFrom: "2015"}) { body { id } } }
                """).at("/createBody/body/id").asString();
        List<String> before = GraphFingerprint.of(driver, TESTSHIRE);

        JsonNode payload = edit("mutation { updateBody(input: {id: \"" + id + "\", version: 1, name: \"Renamed\", "
                + "validTo: \"next year\"}) { body { id } problems { field message } } }").get("updateBody");

        assertThat(payload.get("body").isNull()).isTrue();
        assertThat(payload.get("problems").valueStream().map(p -> p.get("field").asString() + ": " + p.get("message").asString()))
                .containsExactly("validTo: 'next year' is not a date: write 2010, 2010-02 or 2010-02-01");
        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEqualTo(before);
        assertThat(name(id)).isEqualTo("Northdale Chess Club");
    }

    @Test
    void anUpdateMadeMeanwhileBySomeoneElseIsNotOverwritten() {
        String id = edit("""
                mutation { createPerson(input: {authority: "authority:E10999999", name: "Dee Example"}) { person { id version } } }
                """).at("/createPerson/person/id").asString();

        JsonNode first = edit(updatePerson(id, 1, "Dee Example-First"));
        JsonNode second = edit(updatePerson(id, 1, "Dee Example-Second"));

        assertThat(first.at("/updatePerson/person/version").asLong()).isEqualTo(2);
        assertThat(second.at("/updatePerson/person").isNull()).isTrue();
        assertThat(second.at("/updatePerson/problems/0/field").asString()).isEqualTo("version");
        assertThat(second.at("/updatePerson/problems/0/message").asString())
                .contains("you have version 1, the current one is 2");
        assertThat(name(id)).isEqualTo("Dee Example-First");
    }

    @Test
    void concurrentEditorsLoseNoUpdate() throws Exception {
        String id = edit("""
                mutation { createPerson(input: {authority: "authority:E10999999", name: "Eve Example"}) { person { id } } }
                """).at("/createPerson/person/id").asString();
        List<Callable<JsonNode>> editors = List.of(() -> edit(updatePerson(id, 1, "Eve One")),
                () -> edit(updatePerson(id, 1, "Eve Two")), () -> edit(updatePerson(id, 1, "Eve Three")));

        List<JsonNode> results;
        try (var pool = Executors.newFixedThreadPool(3)) {
            results = pool.invokeAll(editors).stream().map(f -> {
                try {
                    return f.get();
                }
                catch (Exception ex) {
                    throw new AssertionError(ex);
                }
            }).toList();
        }

        List<JsonNode> accepted = results.stream().filter(r -> !r.at("/updatePerson/person").isNull()).toList();
        assertThat(accepted).as("exactly one of three editors holding version 1 wins").hasSize(1);
        assertThat(name(id)).isEqualTo(accepted.getFirst().at("/updatePerson/person/name").asString());
        assertThat(auditEvents(id)).hasSize(2);
    }

    @Test
    void appointingAndEndingAMembership() {
        JsonNode appointed = edit("""
                mutation { appointMember(input: {person: "person:cat-specimen", post: "post:northdale-lcp-vcs",
                    onBehalfOf: "body:testshire-cvs", validFrom: "2020-01", sourceUrl: "https://example.org/minutes"}) {
                  membership { id version validFrom current person { name } post { name } onBehalfOf { name } }
                  problems { field message } } }
                """).get("appointMember");
        assertThat(appointed.get("problems")).isEmpty();
        assertThat(appointed.at("/membership/current").asBoolean()).isTrue();
        String id = appointed.at("/membership/id").asString();

        JsonNode overlapping = edit("""
                mutation { appointMember(input: {person: "person:cat-specimen", post: "post:northdale-lcp-vcs",
                    validFrom: "2021"}) { membership { id } problems { field message } } }
                """).get("appointMember");
        assertThat(overlapping.at("/problems/0/message").asString())
                .startsWith("post:northdale-lcp-vcs already held by person:cat-specimen from 2020-01 on (membership:");

        JsonNode tooEarly = edit("mutation { endMembership(input: {id: \"" + id + "\", version: 1, validTo: \"2019\"}) "
                + "{ membership { id } problems { field message } } }").get("endMembership");
        assertThat(tooEarly.at("/problems/0/message").asString()).isEqualTo("ends (2019) before it starts (2020-01)");

        JsonNode ended = edit("mutation { endMembership(input: {id: \"" + id + "\", version: 1, validTo: \"2024-03\"}) "
                + "{ membership { validTo current version } problems { field message } } }").get("endMembership");
        assertThat(ended.at("/membership/validTo").asString()).isEqualTo("2024-03");
        assertThat(ended.at("/membership/current").asBoolean()).isFalse();
        assertThat(ended.at("/membership/version").asLong()).isEqualTo(2);
    }

    @Test
    void partnershipsAndPostsCanBeCreatedAndChanged() {
        JsonNode partnership = edit("""
                mutation { createPartnership(input: {authority: "authority:E10999999", name: "Southmere LCP",
                    kind: LOCAL_CHILDRENS_PARTNERSHIP, partOf: "partnership:testshire-trust", covers: "district:E07999992",
                    validFrom: "2024"}) { partnership { id version partOf { name } areas { name } } problems { message } } }
                """).get("createPartnership");
        String id = partnership.at("/partnership/id").asString();
        assertThat(partnership.at("/partnership/partOf/name").asString()).isEqualTo("Testshire Children's Trust");

        JsonNode post = edit("mutation { createPost(input: {partnership: \"" + id + "\", name: \"Voluntary sector "
                + "representative\", role: VCS_REPRESENTATIVE, sector: VOLUNTARY_AND_COMMUNITY, validFrom: \"2024\"}) "
                + "{ post { id vacant partnership { name } } problems { message } } }").get("createPost");
        assertThat(post.at("/post/vacant").asBoolean()).isTrue();
        assertThat(post.at("/post/partnership/name").asString()).isEqualTo("Southmere LCP");

        JsonNode renamed = edit("mutation { updatePartnership(input: {id: \"" + id + "\", version: 1, name: "
                + "\"Southmere Local Children's Partnership\"}) { partnership { name version } problems { message } } }")
                .get("updatePartnership");
        assertThat(renamed.at("/partnership/name").asString()).isEqualTo("Southmere Local Children's Partnership");

        JsonNode badPost = edit("mutation { updatePost(input: {id: \"" + post.at("/post/id").asString() + "\", version: 1, "
                + "validTo: \"2020\"}) { post { id } problems { field message } } }").get("updatePost");
        assertThat(badPost.at("/problems/0/field").asString()).isEqualTo("validTo");
    }

    @Test
    void withoutSigningInAChangeIsRefused() {
        List<String> before = GraphFingerprint.of(driver, TESTSHIRE);

        JsonNode response = graphQl.post("""
                mutation { createPerson(input: {authority: "authority:E10999999", name: "Mallory"}) { person { id } } }
                """, Map.of());

        assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(response.at("/data").isNull()).isTrue();
        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEqualTo(before);
    }

    private JsonNode edit(String mutation) {
        JsonNode response = graphQl.post(mutation, new HashMap<>(), GraphQlHttp.EDITOR);
        if (response.has("errors")) {
            throw new AssertionError("Unexpected errors: " + response.get("errors"));
        }
        return response.get("data");
    }

    private static String updatePerson(String id, long version, String name) {
        return "mutation { updatePerson(input: {id: \"" + id + "\", version: " + version + ", name: \"" + name + "\"}) "
                + "{ person { name version } problems { field message } } }";
    }

    private String name(String id) {
        return driver.executableQuery("MATCH (n:Entity {id: $id}) RETURN n.name AS name").withParameters(Map.of("id", id))
                .execute().records().getFirst().get("name").asString();
    }

    private List<String> auditEvents(String id) {
        return driver.executableQuery("MATCH (e:AuditEvent {entity: $id}) RETURN e.action + ' by ' + e.actor AS event ORDER BY e.at")
                .withParameters(Map.of("id", id)).execute().records().stream().map(r -> r.get("event").asString()).toList();
    }
}
