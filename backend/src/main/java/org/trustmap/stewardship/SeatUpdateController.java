package org.trustmap.stewardship;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphWrites;
import org.trustmap.audit.AuditTrail;
import org.trustmap.importing.CsvTable;
import org.trustmap.rules.TimeRules;
import org.trustmap.rules.Violation;
import org.trustmap.security.Permissions;

/**
 * {@code updateSeatsFromCsv}: an authority's holdings from a spreadsheet, in the import format's
 * memberships columns. The whole file is written in one transaction and checked by the rules over time
 * (the same as import's and every edit's); a preview, or a file with any refused row, is rolled back, so
 * the graph changes all at once or not at all.
 */
@Controller
class SeatUpdateController {

    private final GraphWrites writes;
    private final AuditTrail audit;

    SeatUpdateController(GraphWrites writes, AuditTrail audit) {
        this.writes = writes;
        this.audit = audit;
    }

    /** Rolls back a preview or a refused file, carrying what it found. */
    private static final class RolledBack extends RuntimeException {
        final transient SeatUpdatePayload payload;

        RolledBack(SeatUpdatePayload payload) {
            super("rolled back", null, false, false);
            this.payload = payload;
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('EDITOR')")
    SeatUpdatePayload updateSeatsFromCsv(@Argument Map<String, Object> input, Authentication user,
            GraphQLContext request) {
        String authority = String.valueOf(input.get("authority"));
        boolean apply = Boolean.TRUE.equals(input.get("apply"));
        if (!Permissions.mayEdit(user, authority)) {
            return SeatUpdatePayload.problem("authority", "you may not change " + authority
                    + "'s network: your account edits other authorities'");
        }
        CsvTable table;
        try {
            table = CsvTable.read("csv", new StringReader(String.valueOf(input.get("csv"))));
        }
        catch (IOException | RuntimeException ex) {
            return SeatUpdatePayload.problem("csv", "is not a CSV file: " + ex.getMessage());
        }
        String wrongColumns = wrongColumns(table.header());
        if (wrongColumns != null) {
            return SeatUpdatePayload.problem("csv", wrongColumns);
        }
        try {
            return writes.write(request, tx -> {
                SeatUpdatePayload.Outcome outcome = new SeatUpdatePayload.Outcome();
                SeatSheetRows rows = new SeatSheetRows(tx, audit, authority, user.getName(), outcome);
                Map<String, Integer> lines = new LinkedHashMap<>();
                for (CsvTable.Record record : table.records()) {
                    String written = rows.write(record);
                    if (written != null) {
                        lines.put(written, record.line());
                    }
                }
                if (!lines.isEmpty()) {
                    for (Violation v : TimeRules.check(tx, authority, lines.keySet())) {
                        String id = lines.containsKey(v.record()) ? v.record() : v.conflicting().stream()
                                .filter(lines::containsKey).findFirst().orElse(v.record());
                        outcome.refused.add(new SeatUpdateRow(lines.getOrDefault(id, 0), id,
                                "breaks the rule " + v.rule().name(),
                                List.of((v.field() == null ? "" : v.field() + ": ") + v.message())));
                    }
                }
                if (!apply || !outcome.refused.isEmpty()) {
                    throw new RolledBack(outcome.payload(false));
                }
                return outcome.payload(true);
            });
        }
        catch (RolledBack rolledBack) {
            return rolledBack.payload;
        }
    }

    /** What is wrong with a spreadsheet's header line, or null. */
    private static String wrongColumns(List<String> header) {
        List<String> missing = SeatSheetRows.REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !SeatSheetRows.COLUMNS.contains(c)).toList();
        if (missing.isEmpty() && unknown.isEmpty()) {
            return null;
        }
        return (missing.isEmpty() ? "" : "lacks the column(s) " + String.join(", ", missing)
                + (unknown.isEmpty() ? "" : "; ")) + (unknown.isEmpty() ? ""
                : "has column(s) the memberships format does not: " + String.join(", ", unknown))
                + ". Columns: " + String.join(",", SeatSheetRows.COLUMNS);
    }
}
