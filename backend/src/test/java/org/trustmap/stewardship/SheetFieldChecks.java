package org.trustmap.stewardship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For tests outside this package: the problems {@code updateSeatsFromCsv} finds in one row of a spreadsheet of
 * holdings before it looks up the row's references (formats, required columns, the source against the sources
 * given as listed).
 */
public final class SheetFieldChecks {

    private SheetFieldChecks() {
    }

    /** @return "field: message" for each problem, as the mutation's refused row gives them */
    public static List<String> problems(Map<String, Object> row, Set<String> listedSources) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.forEach((column, value) -> cells.put(column, String.valueOf(value)));
        return SeatSheetRows.checked(cells, "line 2", listedSources::contains).problems();
    }
}
