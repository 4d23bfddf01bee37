package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustmap.api.QueryLog;
import org.trustmap.api.RecordedReads;
import org.trustmap.api.Today;
import org.trustmap.readiness.PageDocuments;
import org.trustmap.support.TrustmapSchema;

/**
 * "Who represents the VCS where?" is asked with one Cypher text whatever the client selects of the answer, so
 * the warm-up's run of the page's question has planned the benchmark's and an analyst's too (no database here).
 */
@Tag("fast")
class CoverageCypherTest {

    private static RecordedReads recorded;
    private static GraphQL graphQl;

    @BeforeAll
    static void schema() {
        recorded = new RecordedReads();
        CoverageController coverage = new CoverageController(recorded.reads(), new Today());
        graphQl = TrustmapSchema.withQueryFields(Map.of("representationCoverage", env -> coverage.representationCoverage(
                env.getArgument("authority"), env.getArgument("sector").toString(), env.getArgument("asOf"), env)));
    }

    @AfterAll
    static void close() {
        recorded.close();
    }

    @Test
    void everySelectionOfTheCoverageIsAskedWithTheSameText() throws IOException {
        String page = cypher(PageDocuments.read("js/coverage/coverage-view.js", "COVERAGE"));
        assertThat(cypher(Files.readString(Path.of("../benchmark/src/main/resources/operations/representationCoverage.graphql"))))
                .as("the benchmark's document").isEqualTo(page);
        assertThat(cypher("query C($authority: ID!) { representationCoverage(authority: $authority) { gaps levels { seats { since } } } }"))
                .as("an analyst's few fields").isEqualTo(page);
    }

    private static String cypher(String document) {
        var result = graphQl.execute(ExecutionInput.newExecutionInput(document)
                .variables(Map.of("authority", "authority:E10000014")).build());
        List<QueryLog.Entry> asked = recorded.asked();
        assertThat(asked).as("one query (errors: %s)", result.getErrors()).hasSize(1);
        return asked.getFirst().cypher();
    }
}
