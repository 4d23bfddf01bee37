package org.trustmap.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.ExecutionInput;
import graphql.GraphQL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustmap.api.QueryLog;
import org.trustmap.api.RecordedReads;
import org.trustmap.readiness.PageDocuments;
import org.trustmap.support.CypherLayout;
import org.trustmap.support.TrustmapSchema;

/**
 * The Cypher of the other headline questions, compared with golden files under {@code src/test/resources/cypher/}
 * without a database (as FindRepresentativesCypherTest does for findRepresentatives): the page's node details and
 * an organisation's seats, the page's search, and the benchmark's four-level browse. The projection writes most
 * of it from the selection, so a change there shows up here as a readable diff (laid out by CypherLayout; the
 * query sent is the same text on one line). Run with
 * {@code -Dtrustmap.cypher.update=true} to write the files anew after a change meant to alter them (and read
 * the diff before committing it).
 */
@Tag("fast")
class NetworkCypherTest {

    private static RecordedReads recorded;
    private static GraphQL graphQl;

    @BeforeAll
    static void schema() {
        recorded = new RecordedReads();
        NodeController nodes = new NodeController(recorded.reads());
        SearchController search = new SearchController(recorded.reads());
        BrowseController browse = new BrowseController(recorded.reads());
        NeighbourhoodController network = new NeighbourhoodController(recorded.reads(), new org.trustmap.api.Today());
        graphQl = TrustmapSchema.withQueryFields(Map.of(
                "node", env -> nodes.node(env.getArgument("id"), env),
                "search", env -> search.search(env.getArgument("text"), env.getArgument("first"), env),
                "partnerships", env -> browse.partnerships(env.getArgument("first"), env.getArgument("after"),
                        env.getArgument("filter"), env.getArgument("orderBy"), env),
                "neighbourhood", env -> network.neighbourhood(env.getArgument("id"), env.getArgument("hops"),
                        env.getArgument("asOf"), env.getArgument("limit"), env)));
    }

    @AfterAll
    static void close() {
        recorded.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            node-details | page:js/network/network-queries.js#NODE_DETAILS | {"id": "partnership:hart-lcp", "asOf": "2010-06-01"}
            seats-of     | page:js/find/find-queries.js#SEATS_OF            | {"organisation": "body:hampshire-constabulary"}
            search       | page:js/find/find-queries.js#SEARCH              | {"text": "Fleet town", "first": 8}
            browse       | ../benchmark/src/main/resources/operations/browse.graphql | {}
            """)
    void eachHeadlineQuestionIsAnsweredByTheCypherOfItsGoldenFile(String name, String document, String variables) throws IOException {
        var result = graphQl.execute(ExecutionInput.newExecutionInput(read(document)).variables(json(variables)).build());
        List<QueryLog.Entry> asked = recorded.asked();
        assertThat(asked).as("one query for the question (errors: %s)", result.getErrors()).hasSize(1);
        String actual = "// " + document + " with " + variables + "\n" + CypherLayout.readable(asked.getFirst().cypher().strip())
                + "\n// parameters: " + new TreeMap<>(asked.getFirst().parameters()) + "\n";

        Path golden = Path.of("src/test/resources/cypher/" + name + ".cypher");
        if (Boolean.getBoolean("trustmap.cypher.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).as("the Cypher of %s; -Dtrustmap.cypher.update=true writes it anew", golden)
                .isEqualTo(Files.readString(golden));
    }

    @Test
    void aNeighbourhoodIsOneTextForEveryNumberOfHopsAndEverySelectionSoTheWarmUpHasPlannedIt() throws IOException {
        String page = cypherOf(read("page:js/network/network-queries.js#NEIGHBOURHOOD"), Map.of("id", "partnership:hart-lcp"));
        String benchmark = read("../benchmark/src/main/resources/operations/neighbourhood.graphql");
        assertThat(cypherOf(benchmark, Map.of("id", "partnership:hart-lcp", "hops", 1))).as("other fields").isEqualTo(page);
        assertThat(cypherOf(benchmark, Map.of("id", "body:hampshire-constabulary", "hops", 2))).as("two hops")
                .isEqualTo(page);
        assertThat(cypherOf("query N($id: ID!) { neighbourhood(id: $id, hops: 3) { nodes { label } } }",
                Map.of("id", "partnership:hart-lcp"))).as("three hops, one field").isEqualTo(page);
    }

    @Test
    void aSearchIsOneTextForAWordAPostcodeAndATownSoTheWarmUpHasPlannedIt() throws IOException {
        String page = read("page:js/find/find-queries.js#SEARCH");
        String town = cypherOf(page, Map.of("text", "Fleet", "first", 8));
        assertThat(cypherOf(page, Map.of("text", "GU51", "first", 8))).as("an outward code").isEqualTo(town);
        assertThat(cypherOf(page, Map.of("text", "GU51 3AA", "first", 8))).as("a postcode").isEqualTo(town);
        assertThat(cypherOf(page, Map.of("text", "Hart LCP", "first", 3))).as("two words, fewer hits").isEqualTo(town);
    }

    private static String cypherOf(String document, Map<String, Object> variables) {
        var result = graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
        List<QueryLog.Entry> asked = recorded.asked();
        assertThat(asked).as("one query (errors: %s)", result.getErrors()).hasSize(1);
        return asked.getFirst().cypher();
    }

    private static String read(String document) throws IOException {
        if (document.startsWith("page:")) {
            String[] where = document.substring("page:".length()).split("#");
            return PageDocuments.read(where[0], where[1]);
        }
        return Files.readString(Path.of(document));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return new tools.jackson.databind.json.JsonMapper().readValue(text, Map.class);
    }
}
