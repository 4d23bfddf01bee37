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

    public static CsvTable read(String file, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<String> header = null;
        List<Record> records = new ArrayList<>();
        int line = 0;
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
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
            if (header == null) {
                header = fields.stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
                continue;
            }
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < fields.size() ? fields.get(c) : null);
            }
            if (fields.size() != header.size()) {
                values.put(WIDTH_PROBLEM, fields.size() + " fields where the header has " + header.size());
            }
            records.add(new Record(startLine, values));
        }
        return new CsvTable(file, header == null ? List.of() : header, records);
    }

    /** Marks a record whose number of fields differs from the header's. */
    public static final String WIDTH_PROBLEM = "\u0000width";
}
