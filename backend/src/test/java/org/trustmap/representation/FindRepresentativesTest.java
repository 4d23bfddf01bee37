package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/** Whatever a person types, findRepresentatives understands it, or says plainly that it cannot. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindRepresentativesTest {

    static final String FIND = GraphQlHttp.document("findRepresentatives");

    @LocalServerPort
    int port;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @ParameterizedTest(name = "{0} is understood as a {1} and finds {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GU51 3AA                             | POSTCODE     | Hart        | Hart Local Children's Partnership
            gu513aa                              | POSTCODE     | Hart        | Hart Local Children's Partnership
            Hart                                 | DISTRICT     | Hart        | Hart Local Children's Partnership
            E07000089                            | DISTRICT     | Hart        | Hart Local Children's Partnership
            Fleet Infant School                  | SCHOOL       | Hart        | Hart Local Children's Partnership
            116003                               | SCHOOL       | Hart        | Hart Local Children's Partnership
            Hart LCP                             | PARTNERSHIP  | Hart        | Hart Local Children's Partnership
            Gosport Council for Voluntary Service| ORGANISATION | Gosport     | Gosport Local Children's Partnership
            Gosport CVS                          | ORGANISATION | Gosport     | Gosport Local Children's Partnership
            Fleet                                | TOWN         | Hart        | Hart Local Children's Partnership
            Fleet cluster                        | SCHOOL_CLUSTER | Hart      | Hart Local Children's Partnership
            """)
    void understandsWhatPeopleType(String place, String kind, String district, String lcp) {
        JsonNode answer = find(place, "2026-01-15").get("findRepresentatives");

        assertThat(answer.get("status").asString()).isEqualTo("FOUND");
        assertThat(answer.at("/resolvedAs/kind").asString()).isEqualTo(kind);
        assertThat(answer.at("/resolvedAs/district/name").asString()).isEqualTo(district);
        assertThat(answer.at("/resolvedAs/authority/name").asString()).isEqualTo("Hampshire");
        assertThat(answer.at("/resolvedAs/localPartnerships").valueStream().map(p -> p.get("name").asString()))
                .containsExactly(lcp);
        assertThat(answer.at("/seats").valueStream().map(s -> s.get("level").asString())).contains("TRUST_BOARD");
    }

    @Test
    void aDocumentAskedAgainOverHttpIsAnsweredWithItsKeptCypherText() {
        find("GU51 3AA", "2011-06-01");
        long before = FindRepresentativesController.TEXTS.reused();

        JsonNode answer = find("SO23 9LJ", "2011-06-01").get("findRepresentatives");

        assertThat(FindRepresentativesController.TEXTS.reused()).as("the text kept from the first request")
                .isGreaterThan(before);
        assertThat(answer.at("/resolvedAs/district/name").asString()).isEqualTo("Winchester");
    }

    @Test
    void aNumberInANameTellsPartnershipsApart() {
        JsonNode answer = find("Kent LCSP 9", "2009-06-01").get("findRepresentatives");

        assertThat(answer.get("status").asString()).as(answer.toString()).isEqualTo("FOUND");
        assertThat(answer.at("/resolvedAs/name").asString()).isEqualTo("Kent Local Children's Services Partnership 9");
    }

    @Test
    void aPostcodeInADistrictWithSeveralLcpsIsPlacedThroughItsNearestSchool() {
        JsonNode answer = find("RG21 4AA", "2011-06-01").get("findRepresentatives");

        assertThat(answer.at("/resolvedAs/localPartnerships/0/name").asString())
                .isEqualTo("Basingstoke and Deane South East Local Children's Partnership");
        assertThat(answer.at("/resolvedAs/explanation").asString())
                .contains("Basingstoke and Deane had 4 Local Children's Partnerships on 1 June 2011")
                .contains("the nearest school, The Costello School");
        assertThat(answer.get("seats").valueStream().map(s -> s.get("level").asString())).contains("STEERING_GROUP");
    }

    @Test
    void theAnswerChangesWithTheDayAskedAbout() {
        JsonNode in2012 = find("Hart LCP", "2012-06-01").get("findRepresentatives");
        JsonNode in2026 = find("Hart LCP", "2026-01-15").get("findRepresentatives");

        assertThat(lcpHolder(in2012)).isEqualTo("Avery Pretend");
        assertThat(lcpHolder(in2026)).isEqualTo("Devon Pretend");
        assertThat(board(in2012)).containsExactly("Harper Example", "Logan Example");
        assertThat(board(in2026)).containsExactly("Kendall Example", "vacant");
    }

    @Test
    void aPlaceThatMatchesSeveralReturnsTheCandidates() {
        JsonNode answer = find("North Hampshire", null).get("findRepresentatives");

        assertThat(answer.get("status").asString()).isEqualTo("AMBIGUOUS");
        assertThat(answer.get("resolvedAs").isNull()).isTrue();
        assertThat(answer.get("candidates").valueStream().map(c -> c.get("name").asString()))
                .contains("North Hampshire Local Children's Partnership", "North Hampshire Clinical Commissioning Group");
        JsonNode chosen = find(answer.at("/candidates/0/id").asString(), null).get("findRepresentatives");
        assertThat(chosen.get("status").asString()).isEqualTo("FOUND");
    }

    @Test
    void aPlaceThatMatchesNothingIsAnErrorWithCloseMatches() {
        JsonNode response = graphQl.post(FIND, Map.of("place", "Flet"));

        assertThat(response.get("data").isNull()).isTrue();
        JsonNode error = response.get("errors").get(0);
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.get("message").asString()).startsWith("Nothing called ‘Flet’ is in trustmap's data. Did you mean");
        assertThat(error.at("/extensions/suggestions").valueStream().map(s -> s.get("name").asString()))
                .contains("Fleet Infant School", "Fleet cluster");
    }

    @Test
    void somethingShapedLikeAPostcodeThatIsNotOneSaysSo() {
        JsonNode answer = find("ZZ9 9ZZ", null).get("findRepresentatives");

        assertThat(answer.get("status").asString()).isEqualTo("UNKNOWN_POSTCODE");
        assertThat(answer.get("message").asString()).startsWith("ZZ9 9ZZ is not a UK postcode: ZZ is not a UK postcode area.");
    }

    @Test
    void aBlankPlaceIsRefusedNamingTheArgument() {
        JsonNode error = graphQl.post(FIND, Map.of("place", "   ")).get("errors").get(0);

        assertThat(error.get("message").asString()).isEqualTo("place: type a postcode, a town, a school or an organisation");
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    }

    private JsonNode find(String place, String asOf) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("place", place);
        variables.put("asOf", asOf);
        return graphQl.data(FIND, variables);
    }

    private static String lcpHolder(JsonNode answer) {
        return answer.get("seats").valueStream().filter(s -> s.get("level").asString().equals("LOCAL_CHILDRENS_PARTNERSHIP"))
                .map(s -> s.at("/person/name").asString()).findFirst().orElseThrow();
    }

    private static List<String> board(JsonNode answer) {
        return answer.get("seats").valueStream().filter(s -> s.get("level").asString().equals("TRUST_BOARD"))
                .map(s -> s.get("vacant").asBoolean() ? "vacant" : s.at("/person/name").asString()).toList();
    }
}
