package org.trustmap.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads one Code-Point Open CSV file row by row and checks each, as published: ten columns (Postcode,
 * Positional_quality_indicator, Eastings, Northings, Country_code, NHS_regional_HA_code, NHS_HA_code,
 * Admin_county_code, Admin_district_code, Admin_ward_code), with no header line in the product's files and
 * with one in extracts such as the bundled Hampshire one (the long names or the product's short ones, PC...).
 * Every problem is added to {@link Problems} with the file, line and column; rows are handed on only while
 * none has been found, so a caller can check a whole release before writing any of it.
 */
final class CodePointRows {

    /** A checked row. Coordinates are null where Ordnance Survey gives none (quality 90, grid 0,0). */
    record Row(String code, String country, String district, Long easting, Long northing) {

        boolean english() {
            return ENGLAND.equals(country);
        }
    }

    static final String ENGLAND = "E92000001";
    static final int COLUMNS = 10;

    private static final int POSTCODE = 0;
    private static final int QUALITY = 1;
    private static final int EASTINGS = 2;
    private static final int NORTHINGS = 3;
    private static final int COUNTRY = 4;
    private static final int DISTRICT = 8;
    private static final List<String> NAMES = List.of("Postcode", "Positional_quality_indicator", "Eastings",
            "Northings", "Country_code", "NHS_regional_HA_code", "NHS_HA_code", "Admin_county_code",
            "Admin_district_code", "Admin_ward_code");
    private static final List<String> SHORT_NAMES = List.of("PC", "PQ", "EA", "NO", "CY", "RH", "LH", "CC", "DC",
            "WC");
    private static final int NO_POSITION = 90;
    private static final Pattern POSTCODE_FORMAT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    private static final Pattern GSS_CODE = Pattern.compile("[A-Z][0-9]{8}");

    private CodePointRows() {
    }

    /**
     * @param rows told every checked row, in file order, while the release has no problem
     */
    static void read(String file, Reader reader, Problems problems, Consumer<Row> rows) throws IOException {
        int[] columns = new int[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            columns[i] = i;
        }
        boolean[] first = {true};
        int[] width = {COLUMNS};
        CsvTable.stream(file, reader, (line, fields) -> {
            if (first[0]) {
                first[0] = false;
                String head = fields.getFirst().replace("\uFEFF", "").strip();
                if (head.equalsIgnoreCase(NAMES.get(POSTCODE)) || head.equalsIgnoreCase(SHORT_NAMES.get(POSTCODE))) {
                    width[0] = fields.size();
                    header(file, fields, columns, problems);
                    return;
                }
                fields = withoutByteOrderMark(fields);
            }
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                return;
            }
            Row row = row(file, line, fields, columns, width[0], problems);
            if (row != null && problems.isEmpty()) {
                rows.accept(row);
            }
        });
    }

    private static void header(String file, List<String> fields, int[] columns, Problems problems) {
        List<String> names = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < COLUMNS; i++) {
            int at = names.indexOf(NAMES.get(i).toLowerCase(Locale.ROOT));
            if (at < 0) {
                at = names.indexOf(SHORT_NAMES.get(i).toLowerCase(Locale.ROOT));
            }
            columns[i] = at;
        }
        for (int needed : new int[] {POSTCODE, QUALITY, EASTINGS, NORTHINGS, COUNTRY, DISTRICT}) {
            if (columns[needed] < 0) {
                problems.add(file, "line 1", null, "the header has no column " + NAMES.get(needed)
                        + " (Code-Point Open's columns are " + String.join(", ", NAMES) + ")");
            }
        }
    }

    private static Row row(String file, int line, List<String> fields, int[] columns, int width, Problems problems) {
        String where = "line " + line;
        if (fields.size() != width) {
            problems.add(file, where, null, fields.size() + " columns where " + (width == COLUMNS ? "Code-Point Open has "
                    + COLUMNS : "the header has " + width));
            return null;
        }
        int before = problems.count();
        String code = postcode(field(fields, columns, POSTCODE));
        if (code == null) {
            add(problems, file, where, columns, POSTCODE, "'" + field(fields, columns, POSTCODE)
                    + "' is not a postcode (such as GU51 3AA)");
        }
        Integer quality = whole(field(fields, columns, QUALITY));
        if (quality == null) {
            add(problems, file, where, columns, QUALITY, "'" + field(fields, columns, QUALITY)
                    + "' is not a positional quality (10 to 90)");
        }
        Integer easting = whole(field(fields, columns, EASTINGS));
        if (easting == null || easting < 0 || easting > 700_000) {
            add(problems, file, where, columns, EASTINGS, "'" + field(fields, columns, EASTINGS)
                    + "' is not an easting in metres (0 to 700000)");
        }
        Integer northing = whole(field(fields, columns, NORTHINGS));
        if (northing == null || northing < 0 || northing > 1_300_000) {
            add(problems, file, where, columns, NORTHINGS, "'" + field(fields, columns, NORTHINGS)
                    + "' is not a northing in metres (0 to 1300000)");
        }
        String country = field(fields, columns, COUNTRY).strip();
        if (!GSS_CODE.matcher(country).matches()) {
            add(problems, file, where, columns, COUNTRY, "'" + country + "' is not an ONS country code (England is "
                    + ENGLAND + ")");
        }
        String district = field(fields, columns, DISTRICT).strip();
        if (ENGLAND.equals(country) && !(district.startsWith("E") && GSS_CODE.matcher(district).matches())) {
            add(problems, file, where, columns, DISTRICT, "'" + district
                    + "' is not the ONS code of an English district (such as E07000089)");
        }
        if (problems.count() > before) {
            return null;
        }
        boolean positioned = quality != NO_POSITION && !(easting == 0 && northing == 0);
        return new Row(code, country, district, positioned ? Long.valueOf(easting) : null,
                positioned ? Long.valueOf(northing) : null);
    }

    /** "GU513AA", "GU51 3AA", "B1  1AA" and "b1 1aa" all become "OUTWARD INWARD" with one space; null if none. */
    static String postcode(String text) {
        String compact = text.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (!POSTCODE_FORMAT.matcher(compact).matches()) {
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String field(List<String> fields, int[] columns, int column) {
        return columns[column] < 0 ? "" : fields.get(columns[column]);
    }

    private static Integer whole(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > 9) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(value);
    }

    private static void add(Problems problems, String file, String where, int[] columns, int column, String message) {
        problems.add(file, where, "column " + (columns[column] + 1) + " (" + NAMES.get(column) + ")", message);
    }

    private static List<String> withoutByteOrderMark(List<String> fields) {
        if (fields.getFirst().startsWith("\uFEFF")) {
            List<String> copy = new ArrayList<>(fields);
            copy.set(0, copy.getFirst().substring(1));
            return copy;
        }
        return fields;
    }
}
