package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.api.QueryLog;
import org.trustmap.readiness.PageDocuments;
import org.trustmap.support.GraphQlHttp;

/**
 * representationCoverage is planned once whatever its selection: the page's coverage table, the benchmark's
 * document and an analyst's smallest one are one Cypher text, so the warm-up's planning serves them all (the
 * benchmark's first coverage after readiness took 488 ms, planning its own selection).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoveragePlanTest {

    @LocalServerPort
    int port;

    @Autowired
    QueryLog queryLog;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
        queryLog.drain();
    }

    @Test
    void thePagesTheBenchmarksAndAnAnalystsSelectionAreOneCypherText() throws IOException {
        String page = PageDocuments.read("js/coverage/coverage-view.js", "COVERAGE");
        String benchmark = Files.readString(Path.of("../benchmark/src/main/resources/operations/representationCoverage.graphql"));
        String analyst = "query($authority: ID!) { representationCoverage(authority: $authority) { name gaps } }";
        for (String document : List.of(page, benchmark, analyst)) {
            graphQl.data(document, Map.of("authority", "authority:E10000014"));
        }
        List<String> texts = queryLog.drain().stream().map(QueryLog.Entry::cypher)
                .filter(cypher -> cypher.startsWith("MATCH (a:Authority) WHERE")).toList();

        assertThat(texts).hasSize(3);
        assertThat(texts.stream().distinct()).as("one text for three selections").hasSize(1);
    }
}
