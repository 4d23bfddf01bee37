package org.trustmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.support.GraphQlHttp;
import org.trustmap.support.Testshire;
import tools.jackson.databind.JsonNode;

/**
 * UK GDPR: in Testshire, Ben Sample holds the Board's voluntary-sector seat but gave no consent to his
 * contact details being public; Ada Example did. Ben's email and telephone must appear on no path an
 * anonymous user (or a Popolo export) can take; Ada's appear where contacts are shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataTest {

    static final List<String> BENS_DETAILS = List.of("ben@example.org", "01234 567890");

    @LocalServerPort
    int port;

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{ node(id: \"person:ben-sample\") { ... on Person { name contact { email phone website } } } }",
            "{ people(filter: {authority: \"authority:E10999999\"}) { edges { node { name contact { email phone } } } } }",
            "{ search(text: \"Ben\") { id name description node { ... on Person { contact { email phone } } } } }",
            "{ findRepresentatives(place: \"Northdale\") { seats { person { name contact { email phone } } contact { email phone } } } }",
            "{ neighbourhood(id: \"person:ben-sample\", hops: 2) { nodes { id label kind } edges { label } } }",
            "{ authorityNetwork(authority: \"authority:E10999999\") { nodes { id label kind } } }",
            "{ representationCoverage(authority: \"authority:E10999999\") { levels { seats { contact { email phone } person { contact { email } } } } } }",
            "{ sectorRepresentationHistory(partnership: \"partnership:testshire-board\") { person { contact { email phone } } } }",
            "{ connection(from: \"person:ben-sample\", to: \"partnership:testshire-trust\") { nodes { label } description } }"
    })
    void anAnonymousReadNeverShowsContactDetailsGivenWithoutConsent(String query) {
        String response = graphQl.post(query, Map.of()).toString();

        assertThat(response).doesNotContain("\"errors\"");
        for (String detail : BENS_DETAILS) {
            assertThat(response).doesNotContain(detail);
        }
    }

    @Test
    void consentedContactDetailsAreShown() {
        JsonNode ada = graphQl.data("{ node(id: \"person:ada-example\") { ... on Person { contact { email } } } }", Map.of());
        JsonNode ben = graphQl.data("{ node(id: \"person:ben-sample\") { ... on Person { contact { email } } } }", Map.of());

        assertThat(ada.at("/node/contact/email").asString()).isEqualTo("ada@example.org");
        assertThat(ben.at("/node/contact").isNull()).isTrue();
    }

    @Test
    void thePopoloExportLeavesOutContactDetailsGivenWithoutConsent() throws Exception {
        HttpResponse<String> popolo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/admin/networks/" + Testshire.ID + "/popolo"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:test-admin-password".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(popolo.statusCode()).isEqualTo(200);
        assertThat(popolo.body()).contains("Ben Sample").contains("ada@example.org");
        for (String detail : BENS_DETAILS) {
            assertThat(popolo.body()).doesNotContain(detail);
        }
    }
}
