package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * The seven questions of DOMAIN.md, asked through the example operations GraphiQL offers, against the
 * bundled Hampshire data. The expected answers were written by hand from datasets/hampshire/network.json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DomainQuestionsTest {

    @LocalServerPort
    int port;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void question1WhoSpeaksForTheVoluntarySectorInFleet() {
        JsonNode answer = ask("q1-who-speaks-for-fleet", Map.of("asOf", "2026-01-15")).get("findRepresentatives");

        assertThat(answer.get("status").asString()).isEqualTo("FOUND");
        assertThat(answer.at("/resolvedAs/kind").asString()).isEqualTo("TOWN");
        assertThat(answer.at("/resolvedAs/district/name").asString()).isEqualTo("Hart");
        assertThat(answer.at("/resolvedAs/explanation").asString()).contains("12 schools in Hart");
        assertThat(seats(answer)).containsExactly(
                "SUB_GROUP | Hart Local Children's Partnership Early Help sub-group | Devon Pretend | Hart Council for Voluntary Service | 2023",
                "LOCAL_CHILDRENS_PARTNERSHIP | Hart Local Children's Partnership | Devon Pretend | Hart Council for Voluntary Service | 2023",
                "BUSINESS_GROUP | Hampshire Children's Trust Business Group | Logan Sample | Hampshire Alliance | 2016",
                "SAFEGUARDING | Hampshire Safeguarding Children Partnership | Frankie Sample | Hampshire Alliance | 2019-09-29",
                "TRUST_BOARD | Hampshire Children's Trust Board | Kendall Example | Hampshire Alliance | 2019-07",
                "TRUST_BOARD | Hampshire Children's Trust Board | vacant | - | -");
        assertThat(answer.at("/seats/1/contact/email").asString()).isEqualTo("devon.pretend@example.org");
        assertThat(answer.at("/councilsForVoluntaryService/0/name").asString())
                .isEqualTo("Hart Council for Voluntary Service");
        assertThat(answer.at("/councilsForVoluntaryService/0/contact/website").asString())
                .isEqualTo("https://hart-cvs.example.org/");
    }

    @Test
    void question2WhichLcpsHaveNoVoluntarySectorRepresentativeToday() {
        JsonNode gaps = ask("q2-lcps-without-vcs-seat", Map.of("asOf", "2026-01-15")).get("partnershipsWithoutSectorSeat");

        assertThat(gaps.valueStream().map(g -> g.at("/partnership/name").asString() + " | " + g.get("status").asString()))
                .containsExactly("Gosport Local Children's Partnership | NO_SEAT",
                        "Rushmoor Local Children's Partnership | VACANT");
    }

    @Test
    void question3WhichDutyPartnersHadNoBoardSeatIn2010AndToday() {
        JsonNode data = ask("q3-duty-partners-without-board-seat", Map.of());
        List<String> councils = List.of("Basingstoke and Deane Borough Council", "East Hampshire District Council",
                "Eastleigh Borough Council", "Fareham Borough Council", "Gosport Borough Council", "Havant Borough Council",
                "New Forest District Council", "Rushmoor Borough Council");

        assertThat(names(data.get("in2010"))).containsExactlyInAnyOrderElementsOf(concat(councils,
                List.of("Hart District Council", "Test Valley Borough Council", "South Central Strategic Health Authority")));
        assertThat(names(data.get("today"))).containsExactlyInAnyOrderElementsOf(concat(councils,
                List.of("Hart District Council", "Winchester City Council")));
        assertThat(data.at("/in2010/0/duty/basis").asString()).isEqualTo("Children Act 2004 s10");
    }

    @Test
    void question4WhichBoardsDoesTheConstabularySitOnAndThroughWhom() {
        JsonNode seats = ask("q4-boards-of-the-constabulary", Map.of("asOf", "2026-01-15")).get("seatsOf");

        assertThat(seats.valueStream().map(s -> s.at("/partnership/name").asString() + " | "
                + s.at("/membership/person/name").asString())).containsExactlyInAnyOrder(
                "Hampshire Children's Trust Board | Quinn Example",
                "Hampshire Children's Trust Business Group | Quinn Sample",
                "Hampshire Safeguarding Children Partnership | Carson Sample",
                "Basingstoke and Deane Local Children's Partnership | Kai Placeholder",
                "East Hampshire Local Children's Partnership | Emery Madeup",
                "Eastleigh Local Children's Partnership | Arden Madeup",
                "Fareham Local Children's Partnership | Jordan Invented",
                "Gosport Local Children's Partnership | Arden Invented",
                "Hart Local Children's Partnership | Finley Pretend",
                "Havant Local Children's Partnership | Reese Dummy",
                "New Forest Local Children's Partnership | Finley Mockett",
                "Rushmoor Local Children's Partnership | Bailey Mockett",
                "Test Valley Local Children's Partnership | Gray Notreal",
                "Winchester Local Children's Partnership | Avery Storybook");
    }

    @Test
    void question5HowIsASchoolConnectedToTheBoard() {
        JsonNode data = ask("q5-school-to-board", Map.of());

        assertThat(data.at("/connection/length").asInt()).isEqualTo(2);
        assertThat(data.at("/connection/description").valueStream().map(JsonNode::asString)).containsExactly(
                "Fleet Infant School has a duty to co-operate with Hampshire Children's Trust",
                "Hampshire Children's Trust Board is part of Hampshire Children's Trust");
        assertThat(data.at("/school/cluster/name").asString()).isEqualTo("Fleet cluster");
        assertThat(data.at("/school/cluster/partnerships/0/name").asString())
                .isEqualTo("Hart Local Children's Partnership");
    }

    @Test
    void question6WhoHasRepresentedTheVoluntarySectorOnTheBoardOverTime() {
        JsonNode history = ask("q6-vcs-on-the-board-over-time", Map.of()).get("sectorRepresentationHistory");

        assertThat(history.valueStream().map(m -> m.at("/person/name").asString() + " " + m.get("validFrom").asString()
                + "-" + (m.get("validTo").isNull() ? "" : m.get("validTo").asString()))).containsExactly(
                "Finley Example 2006-2010-03", "Harper Example 2010-04-2014-03", "Logan Example 2010-04-2013-08",
                "Morgan Example 2013-09-2018-02", "Jordan Example 2014-04-2019-06", "Noel Example 2018-03-2024-06",
                "Kendall Example 2019-07-");
    }

    @Test
    void question7WhoRepresentsTheVoluntarySectorWhere() {
        JsonNode rows = ask("q7-who-represents-vcs-where", Map.of("asOf", "2026-01-15")).get("representationCoverage");

        assertThat(rows).hasSize(22);
        JsonNode gosport = row(rows, "Gosport Local Children's Partnership");
        assertThat(gosport.get("gaps").valueStream().map(JsonNode::asString)).containsExactly("LOCAL_CHILDRENS_PARTNERSHIP");
        assertThat(level(gosport, "LOCAL_CHILDRENS_PARTNERSHIP").get("status").asString()).isEqualTo("NO_SEAT");
        JsonNode rushmoor = row(rows, "Rushmoor Local Children's Partnership");
        assertThat(level(rushmoor, "LOCAL_CHILDRENS_PARTNERSHIP").get("status").asString()).isEqualTo("VACANT");
        assertThat(rushmoor.get("vacancies").asInt())
                .as("the seats on Rushmoor LCP and its Youth Voice sub-group (empty since 2025-06) and the Board's CVS seat")
                .isEqualTo(3);
        JsonNode hart = row(rows, "Hart");
        assertThat(level(hart, "SUB_GROUP").get("status").asString()).isEqualTo("HELD");
        assertThat(level(hart, "STEERING_GROUP").get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(level(hart, "TRUST_BOARD").get("status").asString()).isEqualTo("HELD");
    }

    private JsonNode ask(String example, Map<String, Object> variables) {
        try {
            String document = new ClassPathResource("static/graphiql/examples/" + example + ".graphql")
                    .getContentAsString(StandardCharsets.UTF_8);
            return graphQl.data(document, variables);
        }
        catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }

    private static List<String> seats(JsonNode answer) {
        return answer.get("seats").valueStream().map(s -> s.get("level").asString() + " | "
                + s.at("/partnership/name").asString() + " | "
                + (s.get("vacant").asBoolean() ? "vacant | - | -" : s.at("/person/name").asString() + " | "
                        + s.at("/onBehalfOf/name").asString() + " | " + s.get("since").asString())).toList();
    }

    private static List<String> names(JsonNode gaps) {
        return gaps.valueStream().map(g -> g.at("/partner/name").asString()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static JsonNode row(JsonNode rows, String name) {
        return rows.valueStream().filter(r -> r.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode level(JsonNode row, String level) {
        return row.get("levels").valueStream().filter(l -> l.get("level").asString().equals(level)).findFirst()
                .orElseThrow();
    }
}
