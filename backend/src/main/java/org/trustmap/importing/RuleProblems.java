package org.trustmap.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trustmap.importing.Dataset.EntityRow;
import org.trustmap.importing.Dataset.LinkRow;
import org.trustmap.rules.Violation;

/** Pins each broken rule over time to the file, line or JSON path it came from. */
final class RuleProblems {

    private final Map<String, EntityRow> entities = new HashMap<>();
    private final Map<String, LinkRow> links = new HashMap<>();

    RuleProblems(Dataset data) {
        data.entities().forEach(row -> entities.putIfAbsent(row.id(), row));
        data.links().forEach(link -> links.putIfAbsent(key(link.type(), link.from(), link.to()), link));
    }

    List<ImportProblem> of(List<Violation> violations) {
        return violations.stream().map(this::of).toList();
    }

    private ImportProblem of(Violation v) {
        if (v.relation() != null) {
            LinkRow link = links.get(key(v.relation(), v.record(), v.target()));
            String where = v.relation() + " " + v.record() + " -> " + v.target() + ": ";
            return link == null ? new ImportProblem(DatasetLocation.MANIFEST, null, v.field(), where + v.message())
                    : new ImportProblem(link.file(), link.location(), v.field(), v.message());
        }
        EntityRow row = entities.get(v.record());
        return row == null ? new ImportProblem(DatasetLocation.MANIFEST, null, v.field(), v.record() + ": " + v.message())
                : new ImportProblem(row.file(), row.location(), v.field(), v.message());
    }

    private static String key(String type, String from, String to) {
        return type + "|" + from + "|" + to;
    }
}
