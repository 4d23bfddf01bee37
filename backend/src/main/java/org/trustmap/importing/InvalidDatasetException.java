package org.trustmap.importing;

import java.util.List;
import java.util.stream.Collectors;

/** An import refused because of its content. The graph was not touched. */
public class InvalidDatasetException extends RuntimeException {

    private final List<ImportProblem> problems;

    public InvalidDatasetException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the import, nothing was written:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
