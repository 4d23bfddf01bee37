package org.trustmap.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.trustmap.api.QueryLog;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * What the API costs the database: one query per top-level field however deep the request, and every
 * query starting from an index rather than scanning a large label.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryCostTest {

    /** Labels with thousands of nodes nationally: a query that scans one grows with the graph. */
    static final Set<String> LARGE = Set.of("Postcode", "School", "Body", "Person", "Post", "Membership", "Entity",
            "AuditEvent");

    @LocalServerPort
    int port;

    @Autowired
    QueryLog queryLog;

    @Autowired
    Driver driver;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
        queryLog.drain();
    }

    @Test
    void aDeeplyNestedRequestCostsOneQueryPerTopLevelField() {
        JsonNode response = graphQl.post(GraphQlHttp.document("deeplyNested"), Map.of());

        assertThat(response.has("errors")).as(String.valueOf(response.get("errors"))).isFalse();
        assertThat(response.at("/data/partnerships/edges/0/node/posts/0/holders/0/person/memberships/0/post/partnership/name")
                .asString()).isNotBlank();
        assertThat(response.at("/extensions/dbRoundTrips").asInt()).isEqualTo(2);
        assertThat(queryLog.drain()).hasSize(2);
    }

    @Test
    void everyReadQueryStartsFromAnIndex() throws IOException {
        for (String example : List.of("q1-who-speaks-for-fleet", "q2-lcps-without-vcs-seat",
                "q3-duty-partners-without-board-seat", "q4-boards-of-the-constabulary", "q5-school-to-board",
                "q6-vcs-on-the-board-over-time", "q7-who-represents-vcs-where")) {
            graphQl.post(new ClassPathResource("static/graphiql/examples/" + example + ".graphql")
                    .getContentAsString(StandardCharsets.UTF_8), Map.of());
        }
        String find = GraphQlHttp.document("findRepresentatives");
        for (String place : List.of("GU51 3AA", "RG21 4AA", "Hart", "E07000089", "116003", "Fleet Infant School",
                "school:116003", "Flet", "North Hampshire")) {
            graphQl.post(find, Map.of("place", place));
        }
        graphQl.post(GraphQlHttp.document("deeplyNested"), Map.of());
        graphQl.post("""
                { neighbourhood(id: "partnership:hart-lcp", hops: 2) { nodes { id } }
                  authorityNetwork(authority: "authority:E10000014") { nodes { id } }
                  search(text: "fleet inf") { id }
                  postcodes: search(text: "GU51 3") { id }
                  peopleWithMostSeats(authority: "authority:E10000014") { count }
                  bodies(filter: {authority: "authority:E10000014", sectors: [VOLUNTARY_AND_COMMUNITY]}) { totalCount }
                  schools(filter: {district: "district:E07000089"}) { totalCount }
                  posts(filter: {partnership: "partnership:hart-lcp", vacant: true}) { totalCount }
                  people(filter: {authority: "authority:E10000014", sector: VOLUNTARY_AND_COMMUNITY}) { totalCount }
                  districts(filter: {authority: "authority:E10000014"}) { totalCount } }
                """, Map.of());
        List<QueryLog.Entry> queries = queryLog.drain();
        assertThat(queries).hasSizeGreaterThan(25);

        List<String> scans = new ArrayList<>();
        for (QueryLog.Entry query : queries) {
            Plan plan;
            try {
                plan = driver.executableQuery("EXPLAIN " + query.cypher()).withParameters(query.parameters()).execute()
                        .summary().plan();
            }
            catch (RuntimeException ex) {
                throw new AssertionError("EXPLAIN failed for " + query.cypher() + " with " + query.parameters(), ex);
            }
            largeLabelScans(plan, scans, query.cypher());
        }
        assertThat(scans).isEmpty();
    }

    private static void largeLabelScans(Plan plan, List<String> scans, String cypher) {
        String operator = plan.operatorType();
        if (operator.startsWith("AllNodesScan") || operator.startsWith("NodeByLabelScan")
                || operator.startsWith("UnionNodeByLabelsScan") || operator.startsWith("IntersectionNodeByLabelsScan")) {
            String details = String.valueOf(plan.arguments().get("Details"));
            boolean large = operator.startsWith("AllNodesScan") || LARGE.stream().anyMatch(l -> details.contains(":" + l));
            if (large) {
                scans.add(operator + " " + details + " in: " + cypher.lines().findFirst().orElse("") + " ...");
            }
        }
        plan.children().forEach(child -> largeLabelScans(child, scans, cypher));
    }
}
