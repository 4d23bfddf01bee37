package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * Anywhere in England (and outside it) a voluntary group gets the answer or the plain truth about what
 * trustmap holds: never a confident wrong answer, never "no seat" where trustmap does not know.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutOfAreaAnswersTest {

    static final String FIND = GraphQlHttp.document("findAnywhere");

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @AfterEach
    void removeTestPostcodes() {
        driver.executableQuery("MATCH (p:Postcode {dataset: 'test-out-of-area'}) DETACH DELETE p").execute();
    }

    @ParameterizedTest(name = "{0} is {2} in {1}, whose network trustmap does not hold")
    @CsvSource(delimiter = '|', textBlock = """
            Southampton    | Southampton  | DISTRICT | Southampton is a unitary authority with its own Children's Trust; trustmap does not hold its network yet.
            Portsmouth     | Portsmouth   | DISTRICT | Portsmouth is a unitary authority with its own Children's Trust; trustmap does not hold its network yet.
            Surrey Heath   | Surrey       | DISTRICT | Surrey Heath is a district of Surrey, a county council area with its own Children's Trust
            Camberley      | Surrey       | TOWN     | Camberley is in Surrey Heath, a district of Surrey, a county council area with its own Children's Trust (17 of its 20 schools are there; 3 in Hart (Hampshire))
            Farnham        | Surrey       | TOWN     | Farnham is in Waverley, a district of Surrey
            Reading        | Reading      | DISTRICT | Reading is a unitary authority with its own Children's Trust
            Westminster    | Westminster  | DISTRICT | Westminster is a London borough with its own Children's Trust
            E06000045      | Southampton  | DISTRICT | Southampton is a unitary authority
            St Albans      | Hertfordshire| DISTRICT | St Albans is a district of Hertfordshire
            Saint Albans   | Hertfordshire| DISTRICT | St Albans is a district of Hertfordshire
            Kings Lynn     | Norfolk      | TOWN     | Kings Lynn is in King's Lynn and West Norfolk, a district of Norfolk
            """)
    void aPlaceOutsideTheNetworksHeldIsNotCoveredAndSaysWhatIs(String place, String authority, String kind, String message) {
        JsonNode answer = find(place);

        assertThat(answer.get("status").asString()).isEqualTo("NOT_COVERED");
        assertThat(answer.get("coverage").asString()).isEqualTo("NONE");
        assertThat(answer.at("/resolvedAs/authority/name").asString()).isEqualTo(authority);
        assertThat(answer.at("/resolvedAs/kind").asString()).isEqualTo(kind);
        assertThat(answer.get("message").asString()).startsWith(message)
                .contains("council for voluntary service can tell you who represents you")
                .contains("trustmap holds the networks of").contains("Hampshire");
        assertThat(answer.get("seats")).isEmpty();
        assertThat(answer.get("levels")).isEmpty();
    }

    @Test
    void aPostcodeInAnotherAuthorityIsPlacedThereAndNotCovered() {
        driver.executableQuery("""
                CREATE (:Postcode {code: 'SO14 7DU', district: 'E06000045', dataset: 'test-out-of-area',
                                   easting: 442400, northing: 111300})
                """).execute();

        JsonNode answer = find("SO14 7DU");

        assertThat(answer.get("status").asString()).isEqualTo("NOT_COVERED");
        assertThat(answer.get("message").asString())
                .startsWith("SO14 7DU is in Southampton, a unitary authority with its own Children's Trust");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SO14 7DU  | SO14 7DU looks like a valid postcode, but trustmap holds postcodes for Hampshire only, and it is not among them.
            SW1A 1AA  | SW1A 1AA looks like a valid postcode, but trustmap holds postcodes for Hampshire only
            PO1 2EG   | PO1 2EG looks like a valid postcode, but trustmap holds postcodes for Hampshire only
            CF10 1AA  | CF10 1AA is a postcode in Wales. Children's Trusts are English
            GU51 3A   | GU51 3A is not a UK postcode: a UK postcode is an outward code
            ZZ9 9ZZ   | ZZ9 9ZZ is not a UK postcode: ZZ is not a UK postcode area.
            Q1        | Q1 is not a UK postcode: Q is not a UK postcode area.
            SW99      | No postcode starting SW99 is known: trustmap holds postcodes for Hampshire only.
            """)
    void aPostcodeTrustmapDoesNotHoldIsUnknownWithAPlainMessage(String place, String message) {
        JsonNode answer = find(place);

        assertThat(answer.get("status").asString()).isEqualTo("UNKNOWN_POSTCODE");
        assertThat(answer.get("message").asString()).startsWith(message).doesNotContain("fewer hops")
                .doesNotContain("smaller page");
        assertThat(answer.get("resolvedAs").isNull()).isTrue();
    }

    @Test
    void aWelshPlaceSaysItIsInWales() {
        JsonNode answer = find("Cardiff");

        assertThat(answer.get("status").asString()).isEqualTo("NOT_COVERED");
        assertThat(answer.get("message").asString()).startsWith("Cardiff is in Wales.");
    }

    @Test
    void aRetiredPostcodeSaysSinceWhen() {
        driver.executableQuery("""
                CREATE (:Postcode {code: 'GU51 0ZZ', district: 'district:E07000089', dataset: 'test-out-of-area',
                                   retiredOn: '2024-02-01'})
                """).execute();

        JsonNode answer = find("GU51 0ZZ");

        assertThat(answer.get("status").asString()).isEqualTo("RETIRED_POSTCODE");
        assertThat(answer.get("message").asString())
                .startsWith("GU51 0ZZ was a postcode until 1 February 2024; it has been retired.").contains("It was in Hart");
    }

    @ParameterizedTest(name = "{0} is placed in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GU51   | OUTWARD_CODE    | Hart
            gu51   | OUTWARD_CODE    | Hart
            GU51 3 | POSTCODE_SECTOR | Hart
            """)
    void anOutwardCodeOrSectorWhollyInOneDistrictIsPlacedThere(String place, String kind, String district) {
        JsonNode answer = find(place);

        assertThat(answer.get("status").asString()).isEqualTo("FOUND");
        assertThat(answer.at("/resolvedAs/kind").asString()).isEqualTo(kind);
        assertThat(answer.at("/resolvedAs/district/name").asString()).isEqualTo(district);
        assertThat(answer.at("/resolvedAs/explanation").asString()).contains("known postcodes of").contains("are in Hart");
        assertThat(answer.at("/resolvedAs/localPartnerships/0/name").asString()).isEqualTo("Hart Local Children's Partnership");
    }

    @Test
    void anOutwardCodeAcrossDistrictsOffersThem() {
        String across = driver.executableQuery("""
                MATCH (p:Postcode) WHERE p.code STARTS WITH 'GU' OR p.code STARTS WITH 'SO' OR p.code STARTS WITH 'RG'
                WITH split(p.code, ' ')[0] AS outward, collect(DISTINCT p.district) AS districts
                WHERE size(districts) > 1 RETURN outward ORDER BY outward LIMIT 1
                """).execute().records().getFirst().get("outward").asString();

        JsonNode answer = find(across);

        assertThat(answer.get("status").asString()).isEqualTo("AMBIGUOUS");
        assertThat(answer.get("candidates").size()).isGreaterThan(1);
        assertThat(answer.get("message").asString()).startsWith("The postcodes of " + across + " are in");
    }

    @Test
    void aTownIsPlacedWhereMostOfItsSchoolsAreAndNamesTheExceptions() {
        JsonNode answer = find("Andover");

        assertThat(answer.get("status").asString()).isEqualTo("FOUND");
        assertThat(answer.at("/resolvedAs/kind").asString()).isEqualTo("TOWN");
        assertThat(answer.at("/resolvedAs/district/name").asString()).isEqualTo("Test Valley");
        assertThat(answer.at("/resolvedAs/explanation").asString()).startsWith("Andover, Test Valley:")
                .contains("the postal town of 32 schools").contains("29 of them in Test Valley")
                .contains("2 in Wiltshire").contains("1 in Basingstoke and Deane");
    }

    @Test
    void kentIsAnsweredAsUnknownNeverAsNoSeat() {
        JsonNode answer = find("Dartford");

        assertThat(answer.get("status").asString()).isEqualTo("FOUND");
        assertThat(answer.get("coverage").asString()).isEqualTo("STRUCTURE");
        assertThat(answer.get("dataAsAt").asString()).isEqualTo("2008-09");
        assertThat(answer.get("message").asString())
                .startsWith("trustmap holds Kent's partnerships but not who sits on them").doesNotContain("No seat");
        assertThat(answer.at("/resolvedAs/explanation").asString())
                .contains("trustmap holds Kent's 23 Local Children's Partnerships but not which covers it");
        assertThat(answer.get("levels").valueStream().map(l -> l.get("status").asString())).hasSize(6)
                .containsOnly("UNKNOWN");

        JsonNode coverage = graphQl.data("""
                { representationCoverage(authority: "authority:E10000016") { name gaps levels { status } } }
                """, Map.of()).get("representationCoverage");
        assertThat(coverage).hasSize(12);
        coverage.forEach(row -> {
            assertThat(row.get("gaps")).isEmpty();
            assertThat(row.get("levels").valueStream().map(l -> l.get("status").asString())).containsOnly("UNKNOWN");
        });
        JsonNode gaps = graphQl.data("""
                { partnershipsWithoutSectorSeat(authority: "authority:E10000016") { partnership { name } } }
                """, Map.of()).get("partnershipsWithoutSectorSeat");
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyLevelIsPresentAndAGapIsSaidInWords() {
        JsonNode answer = find("Gosport", "2026-01-15");

        assertThat(answer.get("levels").valueStream().map(l -> l.get("level").asString())).containsExactly("SUB_GROUP",
                "LOCAL_CHILDRENS_PARTNERSHIP", "STEERING_GROUP", "BUSINESS_GROUP", "SAFEGUARDING", "TRUST_BOARD");
        JsonNode lcp = answer.get("levels").get(1);
        assertThat(lcp.get("status").asString()).isEqualTo("NO_SEAT");
        assertThat(lcp.get("message").asString())
                .isEqualTo("Gosport Local Children's Partnership has no voluntary-sector seat.");
        assertThat(answer.get("coverage").asString()).isEqualTo("NETWORK");
        assertThat(answer.get("dataAsAt").asString()).isEqualTo("2026-11-20");
    }

    @Test
    void aVacancySaysSinceWhen() {
        JsonNode answer = find("Rushmoor LCP", "2026-01-15");

        JsonNode vacant = answer.get("seats").valueStream().filter(s -> s.get("vacant").asBoolean()
                && s.get("level").asString().equals("LOCAL_CHILDRENS_PARTNERSHIP")).findFirst().orElseThrow();
        assertThat(vacant.get("vacantSince").asString()).isEqualTo("2025-06");
        assertThat(answer.get("levels").get(1).get("message").asString()).endsWith("is vacant since June 2025.");
    }

    @Test
    void aFutureDayIsRefused() {
        JsonNode error = graphQl.post(FIND, Map.of("place", "GU51 3AA", "asOf", "2999-01-01")).get("errors").get(0);

        assertThat(error.get("message").asString()).startsWith("asOf: 2999-01-01 is in the future");
        assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
    }

    private JsonNode find(String place) {
        return find(place, null);
    }

    private JsonNode find(String place, String asOf) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("place", place);
        variables.put("asOf", asOf);
        return graphQl.data(FIND, variables).get("findRepresentatives");
    }
}
