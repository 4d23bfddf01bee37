package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import graphql.ExecutionInput;
import graphql.GraphQL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustmap.readiness.PageDocuments;
import org.trustmap.support.TrustmapSchema;

/**
 * The Cypher that answers the page's own findRepresentatives document, one text for every form of place, compared
 * with a golden file under {@code src/test/resources/cypher/} without a database: a change to the projection, the
 * place resolution or the levels shows up here as a readable diff. Run with {@code -Dtrustmap.cypher.update=true}
 * to write the files anew after a change meant to alter them (and read the diff before committing it).
 */
@Tag("fast")
class FindRepresentativesCypherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String PAGE = PageDocuments.read("js/find/find-queries.js", "FIND_REPRESENTATIVES");

    @Test
    void thePagesQuestionIsAnsweredByTheCypherOfItsGoldenFile() throws IOException {
        String place = "GU51 3AA";
        FindRepresentativesController.Question question = question(place);
        String actual = "// The page's FindRepresentatives document for \"" + place + "\", " + DAY
                + " (the same text for every form of place)\n"
                + question.cypher().strip() + "\n// parameters: " + new TreeMap<>(question.parameters()) + "\n";

        Path golden = Path.of("src/test/resources/cypher/findRepresentatives.cypher");
        if (Boolean.getBoolean("trustmap.cypher.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).as("the Cypher of %s; -Dtrustmap.cypher.update=true writes it anew", golden)
                .isEqualTo(Files.readString(golden));
    }

    /** Neo4j keys a plan by the text and by each parameter's type: both must be one for every place. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            postcode           | SO23 9LJ
            outward code       | GU51
            postcode sector    | GU51 3
            not a postcode     | ZZ9 9ZZ
            id                 | partnership:hart-lcp
            ONS code           | E07000089
            URN                | 116183
            name               | Winchester
            name of two words  | Fleet Town
            """)
    void everyFormOfPlaceIsAskedWithTheSameTextAndParameterTypesSoItIsPlannedOnce(String form, String place) {
        FindRepresentativesController.Question postcode = question("GU51 3AA");
        FindRepresentativesController.Question other = question(place);
        assertThat(other.cypher()).isEqualTo(postcode.cypher());
        assertThat(types(other.parameters())).isEqualTo(types(postcode.parameters()));
        assertThat(other.parameters()).isNotEqualTo(postcode.parameters());
    }

    private static Map<String, String> types(Map<String, Object> parameters) {
        Map<String, String> types = new TreeMap<>();
        parameters.forEach((name, value) -> types.put(name, value == null ? "null" : value.getClass().getSimpleName()
                .replaceAll("^(List|ImmutableCollections\\$List).*", "List")));
        return types;
    }

    @Test
    void everySelectionWithinTheAnswerIsAskedWithTheSameTextSoTheWarmUpHasPlannedIt() throws IOException {
        String page = question(PAGE, "GU51 3AA").cypher();
        assertThat(question(Files.readString(Path.of("../benchmark/src/main/resources/operations/findRepresentatives.graphql")),
                "GU51 3AA").cypher()).as("the benchmark's document").isEqualTo(page);
        assertThat(question("query Q($place: String!) { findRepresentatives(place: $place) { status seats { person { name } } } }",
                "GU51 3AA").cypher()).as("an analyst's few fields").isEqualTo(page);
        assertThat(question("""
                query Q($place: String!) { findRepresentatives(place: $place) {
                  seats { contact { website } person { illustrative id } onBehalfOf { name id } level } } }""",
                "GU51 3AA").cypher()).as("other fields, in another order").isEqualTo(page);
    }

    @Test
    void aRelationBeyondTheAnswerIsReadOnlyWhenAskedFor() throws IOException {
        String deeper = question("""
                query Q($place: String!) { findRepresentatives(place: $place) {
                  seats { person { memberships { post { name } } } } } }""", "GU51 3AA").cypher();
        assertThat(deeper).isNotEqualTo(question(PAGE, "GU51 3AA").cypher()).contains("[:HOLDS]->(v");
    }

    @Test
    void theCypherHoldsNoTextOfTheRequest() throws IOException {
        assertThat(question("Fleet Town Council Ward").cypher()).doesNotContain("Fleet", "Council Ward");
    }

    @Test
    void aDocumentAskedAgainReusesItsTextWithTheNewPlacesParameters() {
        GraphQL cached = cachingDocuments();
        FindRepresentativesController.Question first = question(cached, PAGE, Map.of("place", "GU51 3AA"));
        FindRepresentativesController.Question again = question(cached, PAGE, Map.of("place", "Fleet"));

        assertThat(again.cypher()).as("the text kept from the first request").isSameAs(first.cypher());
        assertThat(again.parameters()).as("the second place's own parameters")
                .isEqualTo(question("Fleet").parameters()).isNotEqualTo(first.parameters());
    }

    @Test
    void aSelectionThatDependsOnAVariableIsBuiltForEachRequest() {
        GraphQL cached = cachingDocuments();
        String deep = """
                query Q($place: String!, $deep: Boolean!) { findRepresentatives(place: $place) { ...Seats } }
                fragment Seats on RepresentativeLookup {
                  seats { person { name memberships @include(if: $deep) { post { name } } } } }""";
        String shallow = question(cached, deep, Map.of("place", "GU51 3AA", "deep", false)).cypher();
        String deeper = question(cached, deep, Map.of("place", "GU51 3AA", "deep", true)).cypher();

        assertThat(shallow).doesNotContain("[:HOLDS]->(v");
        assertThat(deeper).contains("[:HOLDS]->(v");
    }

    @Test
    void theParametersOfASelectionsOwnArgumentsAreKeptWithItsText() {
        GraphQL cached = cachingDocuments();
        String dated = """
                query Q($place: String!) { findRepresentatives(place: $place) {
                  seats { person { memberships(asOf: "2020-01-01") { post { name } } } } } }""";
        FindRepresentativesController.Question first = question(cached, dated, Map.of("place", "GU51 3AA"));
        FindRepresentativesController.Question again = question(cached, dated, Map.of("place", "GU51 3AA"));

        assertThat(again.cypher()).isSameAs(first.cypher());
        assertThat(again.parameters()).isEqualTo(first.parameters()).containsValue(LocalDate.of(2020, 1, 1));
    }

    /** A GraphQL that keeps each parsed document, as the application's ParsedDocuments does. */
    private static GraphQL cachingDocuments() {
        Map<String, graphql.execution.preparsed.PreparsedDocumentEntry> documents = new java.util.concurrent.ConcurrentHashMap<>();
        return graphQl().transform(builder -> builder.preparsedDocumentProvider((input, parse) ->
                java.util.concurrent.CompletableFuture.completedFuture(
                        documents.computeIfAbsent(input.getQuery(), query -> parse.apply(input)))));
    }

    private static FindRepresentativesController.Question question(String place) {
        return question(PAGE, place);
    }

    private static FindRepresentativesController.Question question(String document, String place) {
        return question(graphQl(), document, Map.of("place", place));
    }

    private static final ThreadLocal<FindRepresentativesController.Question> ASKED = new ThreadLocal<>();

    /** A GraphQL over the schema whose findRepresentatives only builds its question (no database). */
    private static GraphQL graphQl() {
        return TrustmapSchema.withQueryFields(Map.of("findRepresentatives", env -> {
            ASKED.set(FindRepresentativesController.question(PlaceQuery.parse(env.getArgument("place")), DAY,
                    env.getArgument("sector").toString(), env));
            return null;
        }));
    }

    private static FindRepresentativesController.Question question(GraphQL graphQl, String document,
            Map<String, Object> variables) {
        ASKED.remove();
        var result = graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
        FindRepresentativesController.Question asked = ASKED.get();
        // The field answers null here (no database), so only the document's own errors count.
        assertThat(result.getErrors()).as("the document is valid")
                .noneMatch(e -> e.getErrorType() == graphql.ErrorType.ValidationError
                        || e.getErrorType() == graphql.ErrorType.InvalidSyntax);
        assertThat(asked).as("findRepresentatives was asked").isNotNull();
        return asked;
    }
}
