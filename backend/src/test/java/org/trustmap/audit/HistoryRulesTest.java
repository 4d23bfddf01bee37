package org.trustmap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.support.GraphQlHttp;
import org.trustmap.support.Testshire;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail under the API's rules: an editor reads their own authority's history only, and a
 * person's contact details appear in it only while they consent; withdrawing consent removes them from
 * the stored events for good, and each event says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryRulesTest {

    static final String KENT_EDITOR = "kent-editor:test-kent-password";
    static final String ADMIN = "admin:test-admin-password";
    static final String HISTORY = "query($id: ID!) { history(id: $id) { action before after redacted redactedAt } }";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    GraphQlHttp graphQl;

    @BeforeAll
    static void load(@Autowired NetworkImporter importer) {
        Testshire.load(importer);
    }

    @AfterAll
    static void remove(@Autowired NetworkImporter importer) {
        importer.remove(Testshire.ID);
    }

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void anEditorOfAnotherAuthorityIsRefusedTheHistory() {
        String id = createPerson("Hal Foreign", false);

        JsonNode response = graphQl.post(HISTORY, Map.of("id", id), KENT_EDITOR);

        assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
        assertThat(response.at("/errors/0/message").asString()).contains(Testshire.ID);
        assertThat(response.toString()).doesNotContain("Hal Foreign");
        assertThat(graphQl.post(HISTORY, Map.of("id", id), GraphQlHttp.EDITOR).at("/data/history")).hasSize(1);
    }

    @Test
    void contactDetailsGivenWithoutConsentAreRedactedForEveryReader() {
        String id = createPerson("Ivy Private", false);

        for (String reader : new String[] {GraphQlHttp.EDITOR, ADMIN}) {
            JsonNode response = graphQl.post(HISTORY, Map.of("id", id), reader);

            assertThat(response.has("errors")).as(response.toString()).isFalse();
            assertThat(response.toString()).doesNotContain("ivy-private@example.org").doesNotContain("01632 960001")
                    .contains("Ivy Private");
            assertThat(response.at("/data/history/0/after").asString()).contains("\"email\":\"[redacted]\"");
            assertThat(response.at("/data/history/0/redacted").toString()).isEqualTo("[\"email\",\"phone\"]");
            assertThat(response.at("/data/history/0/redactedAt").isNull()).isTrue();
        }
    }

    @Test
    void withdrawingConsentRedactsThePastEventsForGood() {
        String id = createPerson("Jan Consenting", true);
        JsonNode before = graphQl.post(HISTORY, Map.of("id", id), GraphQlHttp.EDITOR);
        assertThat(before.toString()).contains("jan-consenting@example.org");
        assertThat(before.at("/data/history/0/redacted")).isEmpty();

        edit("mutation { updatePerson(input: {id: \"" + id + "\", version: 1, contactConsent: false}) { problems { message } } }");
        edit("mutation { updatePerson(input: {id: \"" + id + "\", version: 2, contactConsent: true}) { problems { message } } }");

        JsonNode after = graphQl.post(HISTORY, Map.of("id", id), ADMIN);
        assertThat(after.at("/data/history")).hasSize(3);
        JsonNode created = after.at("/data/history/2");
        assertThat(created.at("/action").asString()).isEqualTo("createPerson");
        assertThat(created.at("/after").asString()).contains("\"email\":\"[redacted]\"").contains("Jan Consenting");
        assertThat(created.at("/redacted").toString()).isEqualTo("[\"email\",\"phone\"]");
        assertThat(created.at("/redactedAt").asString()).isNotBlank();
        assertThat(after.at("/data/history/1/action").asString()).isEqualTo("updatePerson");
        assertThat(after.at("/data/history/1/before").asString()).contains("\"email\":\"[redacted]\"");
        // Consent given again shows today's details in the new event only: the old ones stay gone.
        assertThat(after.at("/data/history/0/redactedAt").isNull()).isTrue();
        assertThat(after.at("/data/history/0/after").asString()).contains("jan-consenting@example.org");
        long stored = driver.executableQuery("""
                MATCH (e:AuditEvent {entity: $id}) WHERE e.before CONTAINS 'jan-consenting@' OR e.after CONTAINS 'jan-consenting@'
                RETURN count(e) AS n""").withParameters(Map.of("id", id)).execute().records().getFirst().get("n").asLong();
        assertThat(stored).as("events still holding the email in the database").isEqualTo(1);
    }

    @Test
    void anAnonymousHistoryReadIsAskedToSignIn() {
        JsonNode response = graphQl.post(HISTORY, Map.of("id", "person:ben-sample"));

        assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(response.at("/errors/0/message").asString())
                .isEqualTo("Sign in as an editor or admin to read the history.");
    }

    private String createPerson(String name, boolean consent) {
        String email = name.toLowerCase().replace(' ', '-') + "@example.org";
        return edit("mutation { createPerson(input: {authority: \"" + Testshire.ID + "\", name: \"" + name
                + "\", email: \"" + email + "\", phone: \"01632 960001\", contactConsent: " + consent
                + "}) { person { id } problems { message } } }").at("/createPerson/person/id").asString();
    }

    private JsonNode edit(String mutation) {
        JsonNode response = graphQl.post(mutation, Map.of(), GraphQlHttp.EDITOR);
        assertThat(response.has("errors")).as(response.toString()).isFalse();
        JsonNode data = response.get("data");
        assertThat(data.findValue("problems")).as(response.toString()).isEmpty();
        return data;
    }
}
