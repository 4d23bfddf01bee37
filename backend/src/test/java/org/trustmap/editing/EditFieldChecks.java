package org.trustmap.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For tests outside this package: the problems the editing mutations' checks find in the plain fields of one
 * create input (the checks that need no graph: formats, lengths, required fields, reference data, and the
 * source, against the sources given as listed).
 */
public final class EditFieldChecks {

    private EditFieldChecks() {
    }

    /**
     * @param kind          Body, Partnership, Post, Person or Membership
     * @param listedSources the ids of the Source nodes the graph would hold
     * @return "field: message" for each problem
     */
    public static List<String> problemsOnCreate(String kind, Map<String, Object> input, Set<String> listedSources) {
        EditSpec spec = switch (kind) {
            case "Body" -> EditSpec.BODY;
            case "Partnership" -> EditSpec.PARTNERSHIP;
            case "Post" -> EditSpec.POST;
            case "Person" -> EditSpec.PERSON;
            case "Membership" -> EditSpec.MEMBERSHIP;
            default -> throw new IllegalArgumentException(kind);
        };
        EditChecks checks = new EditChecks(null, LocalDate.of(2026, 12, 2), listedSources::contains);
        var props = checks.fields(spec, input, Map.of(), true);
        checks.source(props);
        checks.notReferenceData(spec, props);
        List<String> problems = new ArrayList<>();
        checks.problems().forEach(p -> problems.add(p.field() + ": " + p.message()));
        return problems;
    }
}
