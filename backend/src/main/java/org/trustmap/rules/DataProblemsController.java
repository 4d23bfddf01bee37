package org.trustmap.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.NotFoundException;

/** {@code dataProblems}: the rules over time run on an authority's stored data, in one query. */
@Controller
class DataProblemsController {

    private final GraphReads reads;

    DataProblemsController(GraphReads reads) {
        this.reads = reads;
    }

    /** The GraphQL type {@code DataProblemReport}. */
    record DataProblemReport(String authority, int total, List<RuleProblems> rules) {
    }

    /** The GraphQL type {@code RuleProblems}; each of its problems is a {@link Violation} ({@code DataProblem}). */
    record RuleProblems(String rule, String description, int count, List<Violation> problems) {
    }

    @QueryMapping
    DataProblemReport dataProblems(@Argument String authority, DataFetchingEnvironment env) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("dataset", authority);
        parameters.put("ids", null);
        List<Map<String, Object>> rows = reads.rows(env, TimeRules.QUERY, parameters);
        if (rows.stream().noneMatch(row -> TimeRules.AUTHORITY_FOUND.equals(row.get("rule")))) {
            throw new NotFoundException("No authority has the id " + authority, List.of());
        }
        Map<Rule, List<Violation>> byRule = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            byRule.put(rule, new ArrayList<>());
        }
        int total = 0;
        for (Map<String, Object> row : rows) {
            if (TimeRules.AUTHORITY_FOUND.equals(row.get("rule"))) {
                continue;
            }
            Violation v = TimeRules.violation(row);
            byRule.get(v.rule()).add(v);
            total++;
        }
        List<RuleProblems> rules = new ArrayList<>();
        byRule.forEach((rule, problems) -> rules.add(new RuleProblems(rule.name(), rule.description(), problems.size(),
                problems)));
        return new DataProblemReport(authority, total, rules);
    }
}
