package org.trustmap.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file (RFC 4180: comma separated, double-quoted fields, "" for a quote) read into records that
 * remember their line number, so that problems can be reported where a person would look for them.
 */
public record CsvTable(String file, List<String> header, List<Record> records) {

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
     */
    public static void stream(String file, Reader reader, RowHandler handler) throws IOException {
        BufferedReader in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        int line = 0;
        String text;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while ((text = in.readLine()) != null) {
            line++;
            int startLine = line;
            fields.clear();
            field.setLength(0);
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (quoted) {
                        String next = in.readLine();
                        if (next == null) {
                            throw new IOException(file + " line " + startLine + ": a quoted field is never closed");
                        }
                        line++;
                        field.append('\n');
                        text = next;
                        i = 0;
                        continue;
                    }
                    fields.add(field.toString());
                    break;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    }
                    else if (c == '"') {
                        quoted = false;
                    }
                    else {
                        field.append(c);
                    }
                }
                else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                }
                else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                }
                else {
                    field.append(c);
                }
            }
            handler.row(startLine, List.copyOf(fields));
        }
    }

    /** Marks a record whose number of fields differs from the header's. */
    public static final String WIDTH_PROBLEM = "\u0000width";
}
