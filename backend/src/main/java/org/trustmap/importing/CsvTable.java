package org.trustmap.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180: comma separated, double-quoted fields, "" for a quote), read by Apache Commons CSV
 * into records that remember the line they start on, so that problems can be reported where a person would
 * look for them. The header is the first row, read here rather than by the library: its names are matched
 * after stripping a byte order mark and spaces, and a row of another width is reported, not refused.
 */
public record CsvTable(String file, List<String> header, List<Record> records) {

    /** Marks a record whose number of fields differs from the header's. */
    public static final String WIDTH_PROBLEM = "\u0000width";

    /**
     * Every row a row, empty lines included (as one empty field, so that no line goes uncounted); text after
     * a closing quote is kept as part of the field, as spreadsheets write it.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setTrailingData(true).get();

    /** As the reader reads it: a field quoted only when it must be (a comma, a quote, a line break), lines ending "\n". */
    private static final CSVFormat WRITTEN = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    public record Record(int line, Map<String, String> values) {

        String location() {
            return "line " + line;
        }
    }

    /** Told each row of a CSV file as it is read, with the line it starts on. */
    @FunctionalInterface
    public interface RowHandler {

        void row(int line, List<String> fields) throws IOException;
    }

    public static CsvTable read(String file, Reader reader) throws IOException {
        List<List<String>> header = new ArrayList<>(1);
        List<Record> records = new ArrayList<>();
        stream(file, reader, (line, fields) -> {
            if (header.isEmpty()) {
                header.add(fields.stream().map(h -> h.replace("\uFEFF", "").strip()).toList());
                return;
            }
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                return;
            }
            List<String> names = header.getFirst();
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                values.put(names.get(c), c < fields.size() ? fields.get(c) : null);
            }
            if (fields.size() != names.size()) {
                values.put(WIDTH_PROBLEM, fields.size() + " fields where the header has " + names.size());
            }
            records.add(new Record(line, values));
        });
        return new CsvTable(file, header.isEmpty() ? List.of() : header.getFirst(), records);
    }

    /**
     * Reads a CSV file row by row, header included, holding one row at a time: for files too large to
     * keep (a national postcode file).
     *
     * @throws IOException naming the file and the line a row that cannot be read starts on
     */
    public static void stream(String file, Reader reader, RowHandler handler) throws IOException {
        long start = 1;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            var rows = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        return;
                    }
                    row = rows.next();
                }
                catch (UncheckedIOException ex) {
                    throw new IOException(file + " line " + start + ": " + reason(ex.getCause()), ex.getCause());
                }
                handler.row((int) start, row.toList());
                // The parser has read the row's line break: the next row starts on the line after it.
                start = parser.getCurrentLineNumber() + 1;
            }
        }
    }

    /** One CSV line, without its line break; a null value is an empty field. */
    public static String line(List<?> values) {
        return WRITTEN.format(values.toArray());
    }

    private static String reason(IOException ex) {
        return String.valueOf(ex.getMessage()).contains("EOF reached before encapsulated token finished")
                ? "a quoted field is never closed" : "cannot be read as CSV (" + ex.getMessage() + ")";
    }
}
