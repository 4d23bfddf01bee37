package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/** What one request may ask for is bounded, and going past a bound gets a plain message. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LimitsTest {

    @LocalServerPort
    int port;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void aSelectionTooDeepIsRefusedBeforeItRuns() {
        String query = "{ authorities " + "{ districts { authority ".repeat(8) + "{ name }" + " } }".repeat(8) + " }";

        // Twice: the second time the document comes parsed from the cache, and must be refused all the same.
        for (int attempt = 1; attempt <= 2; attempt++) {
            JsonNode response = graphQl.post(query, Map.of());

            assertThat(response.at("/errors/0/message").asString()).containsIgnoringCase("maximum query depth exceeded");
            assertThat(response.at("/extensions/dbRoundTrips").asInt()).isZero();
        }
    }

    @Test
    void aSelectionThatCouldReturnTooMuchIsRefusedBeforeItRuns() {
        String query = "{ authorities { districts { partnerships { posts { history { person { memberships(includePast: true) "
                + "{ post { history { person { memberships(includePast: true) { post { name } } } } } } } } } } } } }";

        for (int attempt = 1; attempt <= 2; attempt++) {
            JsonNode response = graphQl.post(query, Map.of());

            assertThat(response.at("/errors/0/message").asString()).containsIgnoringCase("maximum query complexity exceeded");
            assertThat(response.at("/extensions/dbRoundTrips").asInt()).isZero();
        }
    }

    @Test
    void aPageLargerThanAHundredIsRefusedNamingTheArgument() {
        JsonNode response = graphQl.post("{ bodies(first: 5000) { totalCount } }", Map.of());

        assertThat(response.at("/errors/0/message").asString()).isEqualTo("first: must be between 0 and 100, not 5000");
        assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void aForgedCursorIsRefusedNamingTheArgumentBeforeAnyQueryRuns() {
        String negative = java.util.Base64.getEncoder().encodeToString("O_-5".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String forged : List.of(negative, "bm90IGEgY3Vyc29y", "%%%")) {
            JsonNode response = graphQl.post("query($after: String) { bodies(after: $after) { totalCount } }",
                    Map.of("after", forged));

            assertThat(response.at("/errors/0/message").asString()).isEqualTo("after: '" + forged + "' is not a cursor from this list");
            assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(response.at("/extensions/dbRoundTrips").asInt()).isZero();
        }
    }

    @Test
    void aNullSectorIsRefusedNamingTheArgumentInsteadOfAnsweringForNoSector() {
        JsonNode response = graphQl.post("{ findRepresentatives(place: \"Hart\", sector: null) { status } }", Map.of());

        assertThat(response.at("/errors/0/message").asString()).contains("sector").contains("must not be null");
        assertThat(response.path("data").path("findRepresentatives").isMissingNode()
                || response.path("data").path("findRepresentatives").isNull()).isTrue();
    }

    @Test
    void aCursorFromAPageLeadsToTheNextPage() {
        JsonNode first = graphQl.data("{ bodies(first: 2) { edges { cursor node { id } } } }", Map.of());
        String cursor = first.at("/bodies/edges/0/cursor").asString();

        JsonNode next = graphQl.data("query($after: String) { bodies(first: 1, after: $after) { edges { node { id } } } }",
                Map.of("after", cursor));

        assertThat(next.at("/bodies/edges/0/node/id")).isEqualTo(first.at("/bodies/edges/1/node/id"));
    }

    @Test
    void aNeighbourhoodTooWideIsRefused() {
        JsonNode response = graphQl.post("{ neighbourhood(id: \"partnership:hart-lcp\", hops: 9) { truncated } }", Map.of());

        assertThat(response.at("/errors/0/message").asString()).isEqualTo("hops: must be 1, 2 or 3, not 9");
    }

    @Test
    void aHugeRequestIsRefusedWithoutBeingRead() throws Exception {
        String body = "{\"query\":\"{ search(text: \\\"" + "x".repeat(100_000) + "\\\") { id } }\"}";

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The request is larger than 65536 bytes");
    }
}
