package org.trustmap.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    @QueryMapping
    Map<String, Object> dataProblems(@Argument String authority, DataFetchingEnvironment env) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("dataset", authority);
        parameters.put("ids", null);
        List<Map<String, Object>> rows = reads.rows(env, TimeRules.QUERY, parameters);
        if (rows.stream().noneMatch(row -> TimeRules.AUTHORITY_FOUND.equals(row.get("rule")))) {
            throw new NotFoundException("No authority has the id " + authority, List.of());
        }
        Map<Rule, List<Map<String, Object>>> byRule = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            byRule.put(rule, new ArrayList<>());
        }
        int total = 0;
        for (Map<String, Object> row : rows) {
            if (TimeRules.AUTHORITY_FOUND.equals(row.get("rule"))) {
                continue;
            }
            Violation v = TimeRules.violation(row);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("record", v.record());
            problem.put("relation", v.relation());
            problem.put("target", v.target());
            problem.put("field", v.field());
            problem.put("conflicting", v.conflicting());
            problem.put("message", v.message());
            byRule.get(v.rule()).add(problem);
            total++;
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        byRule.forEach((rule, problems) -> rules.add(Map.of("rule", rule.name(), "description", rule.description(),
                "count", problems.size(), "problems", problems)));
        return Map.of("authority", authority, "total", total, "rules", rules);
    }
}
