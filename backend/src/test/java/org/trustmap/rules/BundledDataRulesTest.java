package org.trustmap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.importing.DatasetLocation;
import org.trustmap.importing.ImportProgress;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.scale.NetworkGenerator;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * The bundled networks and a generated one break no rule over time (dataProblems is empty), and the
 * as-of answers on the days where the old data contradicted itself are the true ones, worked out from the
 * source files: one holder per one-holder seat, one safeguarding partnership per day, the NHS body of the day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledDataRulesTest {

    static final String HAMPSHIRE = "authority:E10000014";
    static final String KENT = "authority:E10000016";
    static final String RUTLAND = "authority:E06000017";
    static final Path SOURCES = Path.of("../datasets/sources");
    static final String PROBLEMS = """
            query($a: ID!) { dataProblems(authority: $a) { authority total
              rules { rule description count problems { record relation target field conflicting message } } } }
            """;

    @LocalServerPort
    int port;

    @Autowired
    NetworkImporter importer;

    GraphQlHttp graphQl;

    @BeforeEach
    void client() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void theBundledNetworksHaveNoDataProblems() {
        for (String authority : List.of(HAMPSHIRE, KENT)) {
            JsonNode report = graphQl.data(PROBLEMS, Map.of("a", authority)).get("dataProblems");
            assertThat(messages(report)).as(authority).isEmpty();
            assertThat(report.get("total").asInt()).isZero();
            assertThat(report.get("rules")).hasSize(Rule.values().length);
        }
    }

    @Test
    void aGeneratedAuthorityHasNoDataProblems(@TempDir Path folder) {
        importer.remove(RUTLAND);
        try {
            NetworkGenerator.of("authorities:E06000017", SOURCES).generate(folder, 7);
            importer.importDataset(DatasetLocation.of(folder.resolve("E06000017").toString()), ImportProgress.NONE);
            JsonNode report = graphQl.data(PROBLEMS, Map.of("a", RUTLAND)).get("dataProblems");
            assertThat(messages(report)).isEmpty();
        }
        finally {
            importer.remove(RUTLAND);
        }
    }

    @Test
    void anUnknownAuthorityIsNotFound() {
        JsonNode response = graphQl.post(PROBLEMS, Map.of("a", "authority:E99999999"));
        assertThat(response.get("errors").get(0).get("message").asString()).contains("authority:E99999999");
    }

    @Test
    void oneHolderOnEachBoundaryMonthOfAOneHolderSeat() {
        String chair = "post:hampshire-childrens-trust-board-chair-executive-lead-member-for-childrens-services";
        String councils = "post:hampshire-childrens-trust-board-district-and-borough-councils-representative";
        assertThat(holders(chair, "2021-05-15")).hasSize(1);
        assertThat(holders(chair, "2021-05-31")).isEqualTo(holders(chair, "2021-05-15"));
        assertThat(holders(chair, "2021-06-01")).hasSize(1).isNotEqualTo(holders(chair, "2021-05-31"));
        for (String day : List.of("2012-05-15", "2012-05-31", "2012-06-01", "2018-05-15", "2018-05-31", "2018-06-01")) {
            assertThat(holders(councils, day)).as(day).hasSize(1);
        }
        assertThat(onBehalfOf(councils, "2012-05-31")).containsExactly("body:winchester-city-council");
        assertThat(onBehalfOf(councils, "2012-06-01")).containsExactly("body:hart-district-council");
        assertThat(onBehalfOf(councils, "2018-06-01")).containsExactly("body:test-valley-borough-council");
    }

    @Test
    void oneSafeguardingBodyAnswersOnEachDay() {
        String board = "partnership:hampshire-safeguarding-children-board";
        String partnership = "partnership:hampshire-safeguarding-children-partnership";
        for (String day : List.of("2019-09-15", "2019-09-28")) {
            assertThat(active(board, day)).as(day).isTrue();
            assertThat(active(partnership, day)).as(day).isFalse();
        }
        assertThat(active(board, "2019-09-29")).isFalse();
        assertThat(active(partnership, "2019-09-29")).isTrue();
    }

    @Test
    void healthSeatsAreHeldForTheNhsBodyOfTheDay() {
        String hart = "post:hart-lcp-health-representative";
        assertThat(onBehalfOf(hart, "2013-03-31")).containsExactly("body:hampshire-primary-care-trust");
        assertThat(onBehalfOf(hart, "2013-04-01")).containsExactly(
                "body:north-east-hampshire-and-farnham-clinical-commissioning-group");
        assertThat(onBehalfOf(hart, "2022-06-30")).containsExactly(
                "body:north-east-hampshire-and-farnham-clinical-commissioning-group");
        assertThat(onBehalfOf(hart, "2022-07-01")).containsExactly(
                "body:nhs-hampshire-and-isle-of-wight-integrated-care-board");
        // An LCP that ended with the 2022 reorganisation: the ICB from 2022-07-01 to its end.
        assertThat(onBehalfOf("post:north-hampshire-lcp-health-representative", "2022-12-31")).containsExactly(
                "body:nhs-hampshire-and-isle-of-wight-integrated-care-board");
        String business = "post:hampshire-childrens-trust-business-group-health-representative";
        assertThat(holders(business, "2006-09-30")).isEmpty();
        assertThat(onBehalfOf(business, "2006-10-01")).containsExactly("body:hampshire-primary-care-trust");
    }

    @Test
    void aSchoolTakesPartOnlyFromItsOpenDate() {
        String query = """
                query($day: Date) { node(id: "school:139548") { ... on School { cluster(asOf: $day) { id }
                  duties(asOf: $day) { basis } } } }
                """;
        JsonNode before = graphQl.data(query, Map.of("day", "2010-06-01")).get("node");
        assertThat(before.get("cluster").isNull()).isTrue();
        assertThat(before.get("duties")).isEmpty();
        JsonNode opened = graphQl.data(query, Map.of("day", "2013-09-01")).get("node");
        assertThat(opened.get("cluster").isNull()).isFalse();
        assertThat(opened.get("duties")).hasSize(1);
    }

    @Test
    void inventedMembershipsAreIllustrativeAndUnverified() {
        JsonNode history = graphQl.data("""
                { node(id: "post:hampshire-childrens-trust-board-director-of-childrens-services") {
                  ... on Post { history { person { id } illustrative lastVerified source { id } } } } }
                """, Map.of()).at("/node/history");
        assertThat(history).hasSize(3);
        for (JsonNode m : history) {
            boolean real = m.at("/person/id").asString().equals("person:john-coughlan");
            assertThat(m.get("illustrative").asBoolean()).isEqualTo(!real);
            assertThat(m.get("lastVerified").isNull()).isEqualTo(!real);
        }
    }

    @Test
    void aConnectionGoesThroughWhatExistedOnTheDay() {
        String query = """
                query($day: Date, $geo: Boolean) { connection(from: "school:116003",
                  to: "partnership:hampshire-childrens-trust-board", asOf: $day, geography: $geo) { kind description } }
                """;
        // 2005: the Board did not exist yet, so there is no chain to it, with or without geography.
        assertThat(graphQl.data(query, Map.of("day", "2005-01-01", "geo", false)).get("connection").isNull()).isTrue();
        assertThat(graphQl.data(query, Map.of("day", "2005-01-01", "geo", true)).get("connection").isNull()).isTrue();
        // 2009: no cluster, duty or seat joined the school to the Board yet: only geography does, when asked.
        assertThat(graphQl.data(query, Map.of("day", "2009-06-01", "geo", false)).get("connection").isNull()).isTrue();
        JsonNode geography = graphQl.data(query, Map.of("day", "2009-06-01", "geo", true)).get("connection");
        assertThat(geography.get("kind").asString()).isEqualTo("GEOGRAPHY");
        // 2015: the school is in its cluster and has its duty to co-operate with the Trust.
        JsonNode partnership = graphQl.data(query, Map.of("day", "2015-06-01", "geo", false)).get("connection");
        assertThat(partnership.get("kind").asString()).isIn("PARTNERSHIP", "REPRESENTATION");
        assertThat(partnership.get("description").toString()).doesNotContain(" covers ", " is in Hart");
    }

    List<String> holders(String post, String day) {
        List<String> people = new ArrayList<>();
        graphQl.data("query($id: ID!, $day: Date) { node(id: $id) { ... on Post { holders(asOf: $day) { person { id } } } } }",
                Map.of("id", post, "day", day)).at("/node/holders").forEach(h -> people.add(h.at("/person/id").asString()));
        return people;
    }

    List<String> onBehalfOf(String post, String day) {
        List<String> bodies = new ArrayList<>();
        graphQl.data("query($id: ID!, $day: Date) { node(id: $id) { ... on Post { holders(asOf: $day) { onBehalfOf { id } } } } }",
                Map.of("id", post, "day", day)).at("/node/holders").forEach(h -> bodies.add(h.at("/onBehalfOf/id").asString()));
        return bodies;
    }

    boolean active(String partnership, String day) {
        return graphQl.data("query($id: ID!, $day: Date) { node(id: $id) { ... on Partnership { active(asOf: $day) } } }",
                Map.of("id", partnership, "day", day)).at("/node/active").asBoolean();
    }

    static List<String> messages(JsonNode report) {
        List<String> messages = new ArrayList<>();
        for (JsonNode rule : report.get("rules")) {
            for (JsonNode problem : rule.get("problems")) {
                messages.add(rule.get("rule").asString() + " " + problem.get("record").asString() + " "
                        + (problem.get("relation").isNull() ? "" : problem.get("relation").asString() + " -> "
                        + problem.get("target").asString() + " ") + problem.get("field").asString() + ": "
                        + problem.get("message").asString());
            }
        }
        return messages;
    }
}
