package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/** The coverage register says, for every English authority, what trustmap holds: never more than it does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoverageRegisterTest {

    static final String REGISTER = """
            { coverage { authority { id name kind } level dataAsAt partnerships seats verifiedSeats sources { id } } }
            """;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void everyEnglishAuthorityIsInTheRegisterWithWhatIsHeld() {
        JsonNode rows = graphQl.data(REGISTER, Map.of()).get("coverage");
        Map<String, JsonNode> byId = rows.valueStream().collect(Collectors.toMap(r -> r.at("/authority/id").asString(), r -> r));

        // England's geography: 21 counties, 63 unitaries, 36 metropolitan districts, 33 London boroughs.
        Map<String, Long> kinds = byId.values().stream().filter(r -> r.at("/authority/id").asString().matches("authority:E(06|08|09|10)\\d{6}")
                && !r.at("/authority/id").asString().startsWith("authority:E10999"))
                .collect(Collectors.groupingBy(r -> r.at("/authority/kind").asString(), Collectors.counting()));
        assertThat(kinds).containsEntry("COUNTY", 21L).containsEntry("UNITARY", 63L)
                .containsEntry("METROPOLITAN_DISTRICT", 36L).containsEntry("LONDON_BOROUGH", 33L);

        JsonNode hampshire = byId.get("authority:E10000014");
        assertThat(hampshire.get("level").asString()).isEqualTo("NETWORK");
        assertThat(hampshire.get("dataAsAt").asString()).isEqualTo("2026-11-20");
        assertThat(hampshire.get("seats").asInt()).isPositive();
        // Invented memberships carry no lastVerified (nobody verified them): today none of Hampshire's seats is.
        assertThat(hampshire.get("verifiedSeats").asInt()).isZero();
        assertThat(hampshire.get("sources").valueStream().map(s -> s.get("id").asString())).contains("seed-001", "gias-2022");

        for (String structure : List.of("authority:E10000016", "authority:E06000051", "authority:E09000002",
                "authority:E06000012")) {
            JsonNode row = byId.get(structure);
            assertThat(row.get("level").asString()).as(structure).isEqualTo("STRUCTURE");
            assertThat(row.get("partnerships").asInt()).as(structure).isPositive();
            assertThat(row.get("seats").asInt()).as(structure).isZero();
            assertThat(row.get("sources").valueStream().map(s -> s.get("id").asString())).as(structure).contains("seed-004");
        }
        JsonNode southampton = byId.get("authority:E06000045");
        assertThat(southampton.get("level").asString()).isEqualTo("NONE");
        assertThat(southampton.get("partnerships").asInt()).isZero();

        long held = driver.executableQuery("MATCH (a:Authority) WHERE a.dataset IS NOT NULL RETURN count(a) AS n").execute()
                .records().getFirst().get("n").asLong();
        Map<String, Long> levels = rows.valueStream().collect(Collectors.groupingBy(r -> r.get("level").asString(),
                Collectors.counting()));
        assertThat(levels.get("NONE")).isEqualTo(rows.size() - held);
        assertThat(graphQl.data("{ coverage(level: STRUCTURE) { authority { id } } }", Map.of()).get("coverage").size())
                .isEqualTo(levels.get("STRUCTURE").intValue());
    }

    @Test
    void anAuthoritySaysItsOwnCoverage() {
        JsonNode kent = graphQl.data("""
                { node(id: "authority:E10000016") { ... on Authority { name region coverage { level dataAsAt } } } }
                """, Map.of()).get("node");

        assertThat(kent.at("/coverage/level").asString()).isEqualTo("STRUCTURE");
        assertThat(kent.at("/coverage/dataAsAt").asString()).isEqualTo("2008-09");
        assertThat(kent.get("region").asString()).isEqualTo("South East");
    }

    @Test
    void nationalGeographyMergesWithTheBundledNetworksRatherThanDuplicatingThem() {
        var record = driver.executableQuery("""
                MATCH (d:District {id: 'district:E07000089'})
                RETURN COUNT { (x:Entity {id: 'district:E07000089'}) } AS nodes,
                       COUNT { (d)-[:IN_AUTHORITY]->(:Authority) } AS links, d.dataset AS dataset, d.kind AS kind,
                       d.county AS county, COUNT { (a:Authority) WHERE a.geography } AS authorities
                """).execute().records().getFirst();

        assertThat(record.get("nodes").asLong()).isEqualTo(1);
        assertThat(record.get("links").asLong()).isEqualTo(1);
        assertThat(record.get("dataset").asString()).isEqualTo("authority:E10000014");
        assertThat(record.get("kind").asString()).isEqualTo("DISTRICT");
        assertThat(record.get("county").asString()).isEqualTo("Hampshire");
        assertThat(record.get("authorities").asLong()).isEqualTo(153);
    }
}
