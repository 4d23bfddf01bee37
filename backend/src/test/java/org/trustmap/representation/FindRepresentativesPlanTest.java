package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.api.QueryLog;
import org.trustmap.readiness.PageDocuments;
import org.trustmap.support.GraphQlHttp;

/**
 * The page's findRepresentatives is planned once for each form of place (a postcode, a name, an id): its Cypher
 * carries every value as a parameter, so a new place finds the plan of the last one of its form. Also prints
 * how long Neo4j takes to plan it cold (a figure for the notes, not a check: the machine is shared).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindRepresentativesPlanTest {

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
    void everyPlaceOfAFormIsTheSameCypherTextAndEachFormHasItsOwn() {
        String find = PageDocuments.read("js/find/find-queries.js", "FIND_REPRESENTATIVES");
        Set<String> texts = new HashSet<>();
        for (List<String> shape : List.of(List.of("GU51 3AA", "RG21 4AA", "SO23 8UJ"), List.of("Fleet", "Hart", "Winchester"),
                List.of("E07000089", "E07000094"))) {
            for (String place : shape) {
                graphQl.data(find, Map.of("place", place));
            }
            List<QueryLog.Entry> ran = queryLog.drain();
            assertThat(ran).hasSize(shape.size());
            assertThat(ran.stream().map(QueryLog.Entry::cypher).distinct()).as("Cypher of " + shape).hasSize(1);
            assertThat(ran.getFirst().cypher()).as("no place in the text").doesNotContain(shape.getFirst());
            texts.add(ran.getFirst().cypher());
        }
        assertThat(texts).as("a text for postcodes, one for names and one for ONS codes").hasSize(3);
    }

    /**
     * Figures, not a check (it asserts nothing, and takes half a minute): run with
     * {@code -Dtrustmap.plan-times=true} when comparing planning times.
     */
    @Test
    @EnabledIfSystemProperty(named = "trustmap.plan-times", matches = "true")
    void printsTheColdPlanningTime() {
        String find = PageDocuments.read("js/find/find-queries.js", "FIND_REPRESENTATIVES");
        for (String place : List.of("GU51 3AA", "Fleet")) {
            graphQl.data(find, Map.of("place", place));
            QueryLog.Entry entry = queryLog.drain().getFirst();
            // The options besides the default are for comparing only: the API sends none.
            for (String options : List.of("", "CYPHER runtime=interpreted ", "CYPHER expressionEngine=interpreted ")) {
                StringBuilder times = new StringBuilder();
                for (int i = 0; i < 2; i++) {
                    driver.executableQuery("CALL db.clearQueryCaches()").execute();
                    long started = System.nanoTime();
                    driver.executableQuery(options + "EXPLAIN " + entry.cypher()).withParameters(entry.parameters())
                            .execute();
                    times.append(i == 0 ? "" : ", ").append((System.nanoTime() - started) / 1_000_000).append(" ms");
                    long warm = System.nanoTime();
                    driver.executableQuery(options + "EXPLAIN " + entry.cypher()).withParameters(entry.parameters())
                            .execute();
                    times.append(" (again: ").append((System.nanoTime() - warm) / 1_000_000).append(" ms)");
                }
                System.out.printf("findRepresentatives(%s)%s: Cypher of %d characters, planned cold in %s%n", place,
                        options.isEmpty() ? "" : " with " + options.trim(), entry.cypher().length(), times);
            }
        }
    }
}
