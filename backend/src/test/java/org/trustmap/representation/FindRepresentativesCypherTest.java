package org.trustmap.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import graphql.ExecutionInput;
import graphql.GraphQL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.trustmap.readiness.PageDocuments;
import org.trustmap.support.TrustmapSchema;

/**
 * The Cypher that answers the page's own findRepresentatives document, one text for each form of place, compared
 * with golden files under {@code src/test/resources/cypher/} without a database: a change to the projection, the
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
                + " (the same text for every postcode)\n"
                + question.cypher().strip() + "\n// parameters: " + new TreeMap<>(question.parameters()) + "\n";
        assertGolden("findRepresentatives.cypher", actual);
    }

    /** A place of each form, and another of the same form. */
    private static final List<List<String>> FORMS = List.of(
            List.of("postcode", "GU51 3AA", "SO23 9LJ"),
            List.of("outward code", "GU51", "SO23"),
            List.of("postcode sector", "GU51 3", "SO23 9"),
            List.of("not a postcode", "ZZ9 9ZZ", "GU513AAA"),
            List.of("id", "partnership:hart-lcp", "district:E07000089"),
            List.of("ONS code", "E07000089", "E10000014"),
            List.of("URN", "116183", "115850"),
            List.of("name", "Winchester", "Fleet Town"));

    /**
     * Each form's own part of the text (the rest is the postcode's), in a second golden file: what a change to
     * the place resolution does to each form reads as a diff.
     */
    @Test
    void eachFormOfPlaceIsAnsweredByItsOwnPartOfTheGoldenFile() throws IOException {
        String postcode = question("GU51 3AA").cypher();
        String rest = postcode.substring(postcode.indexOf(REST));
        StringBuilder actual = new StringBuilder("// The place's part of the page's FindRepresentatives, for each form of"
                + " place; the rest is that of findRepresentatives.cypher\n");
        for (List<String> form : FORMS) {
            String cypher = question(form.get(1)).cypher();
            assertThat(cypher).as(form.getFirst()).endsWith(rest);
            actual.append("\n// ").append(form.getFirst()).append(": ").append(form.get(1)).append('\n')
                    .append(cypher, 0, cypher.length() - rest.length());
        }
        assertGolden("findRepresentatives-places.cypher", actual.toString());
    }

    /** Where the place's part ends: the levels ({@link Levels}) are the same for every form. */
    private static final String REST = "OPTIONAL CALL (a, lcps) {";

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = Path.of("src/test/resources/cypher/" + name);
        if (Boolean.getBoolean("trustmap.cypher.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).as("the Cypher of %s; -Dtrustmap.cypher.update=true writes it anew", golden)
                .isEqualTo(Files.readString(golden));
    }

    /**
     * Neo4j keys a plan by the text and by each parameter's type: one text for every place of a form, one
     * text for each form (the warm-up asks each once), and the same parameter types for all.
     */
    @Test
    void everyPlaceOfAFormIsAskedWithTheTextOfItsFormAndEveryPlaceWithTheSameParameterTypes() {
        FindRepresentativesController.Question postcode = question("GU51 3AA");
        Set<String> texts = new HashSet<>();
        for (List<String> form : FORMS) {
            FindRepresentativesController.Question one = question(form.get(1));
            FindRepresentativesController.Question other = question(form.get(2));
            assertThat(other.cypher()).as(form.getFirst()).isEqualTo(one.cypher());
            assertThat(other.parameters()).as(form.getFirst()).isNotEqualTo(one.parameters());
            assertThat(types(one.parameters())).as(form.getFirst()).isEqualTo(types(postcode.parameters()));
            texts.add(one.cypher());
        }
        assertThat(texts).as("outward codes and sectors share a text").hasSize(FORMS.size() - 1);
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
        long reused = FindRepresentativesController.TEXTS.reused();
        FindRepresentativesController.Question again = question(cached, PAGE, Map.of("place", "Fleet"));

        assertThat(FindRepresentativesController.TEXTS.reused() - reused).as("the text kept from the first request")
                .isEqualTo(1);
        assertThat(again.cypher()).as("a name's text").isEqualTo(question("Fleet").cypher());
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
        long reused = FindRepresentativesController.TEXTS.reused();
        FindRepresentativesController.Question again = question(cached, dated, Map.of("place", "GU51 3AA"));

        assertThat(FindRepresentativesController.TEXTS.reused() - reused).isEqualTo(1);
        assertThat(again.cypher()).isEqualTo(first.cypher());
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
