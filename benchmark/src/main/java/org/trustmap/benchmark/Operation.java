package org.trustmap.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A headline operation: a GraphQL document kept as a file under {@code operations/}, and the variables of
 * its successive requests, taken in turn from the targets.
 */
record Operation(String name, String document, List<Map<String, Object>> variables) {

    static List<Operation> headline(Targets targets) {
        return List.of(
                new Operation("findRepresentatives", load("findRepresentatives"),
                        each(targets.postcodes(), p -> Map.of("place", p))),
                new Operation("representationCoverage", load("representationCoverage"),
                        each(targets.authorities(), a -> Map.of("authority", a))),
                new Operation("neighbourhood(hops: 1)", load("neighbourhood"),
                        each(targets.localPartnerships(), id -> Map.of("id", id, "hops", 1))),
                new Operation("neighbourhood(hops: 2)", load("neighbourhood"),
                        each(targets.localPartnerships(), id -> Map.of("id", id, "hops", 2))),
                new Operation("search", load("search"), List.of(Map.of("text", "Fleet"))),
                new Operation("browse, 4 levels", load("browse"), List.of(Map.of())));
    }

    /** The variables of the n-th request. */
    Map<String, Object> variables(long n) {
        return variables.get((int) (n % variables.size()));
    }

    private static List<Map<String, Object>> each(List<String> values,
            java.util.function.Function<String, Map<String, Object>> variables) {
        if (values.isEmpty()) {
            throw new IllegalStateException("The dataset has nothing to ask this operation about");
        }
        return values.stream().map(variables).toList();
    }

    static String load(String name) {
        try (InputStream in = Operation.class.getResourceAsStream("/operations/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalStateException("operations/" + name + ".graphql is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
