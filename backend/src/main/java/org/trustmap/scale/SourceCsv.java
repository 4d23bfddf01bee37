package org.trustmap.scale;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trustmap.importing.CsvTable;

/**
 * Reads the open data sources with the importer's CSV reader (the import format's CSV is written by
 * {@link CsvTable#line}).
 */
final class SourceCsv {

    private SourceCsv() {
    }

    /** Every record of a file with a header line, as column name to value ("" where a line is short). */
    static List<Map<String, String>> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, String>> records = new ArrayList<>();
            for (CsvTable.Record record : CsvTable.read(file.toString(), in).records()) {
                Map<String, String> values = new LinkedHashMap<>();
                record.values().forEach((column, value) -> {
                    if (!column.equals(CsvTable.WIDTH_PROBLEM)) {
                        values.put(column, value == null ? "" : value);
                    }
                });
                records.add(values);
            }
            return records;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
    }
}
