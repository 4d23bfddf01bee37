package org.trustmap.representation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.trustmap.api.InvalidArgumentException;
import org.trustmap.network.EntityKind;

/**
 * What a person typed into "find your representative", read as the kind of place it most likely is:
 * a postcode, an id picked from a list, an ONS code, a school's URN, or a name.
 */
record PlaceQuery(Form form, String text) {

    enum Form { POSTCODE, ID, ONS_CODE, URN, NAME }

    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?\\s*[0-9][A-Z]{2}");
    private static final Pattern ONS_CODE = Pattern.compile("[EWSN]\\d{8}");
    private static final Pattern URN = Pattern.compile("\\d{6}");
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    static final int MAX_LENGTH = 200;

    static PlaceQuery parse(String input) {
        String text = input == null ? "" : input.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new InvalidArgumentException("place", "type a postcode, a town, a school or an organisation");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidArgumentException("place", "at most " + MAX_LENGTH + " characters, not " + text.length());
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidArgumentException("place", "contains control characters");
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (POSTCODE.matcher(upper).matches()) {
            String compact = upper.replace(" ", "");
            return new PlaceQuery(Form.POSTCODE, compact.substring(0, compact.length() - 3) + " "
                    + compact.substring(compact.length() - 3));
        }
        if (EntityKind.ofId(text).isPresent()) {
            return new PlaceQuery(Form.ID, text);
        }
        if (ONS_CODE.matcher(upper).matches()) {
            return new PlaceQuery(Form.ONS_CODE, upper);
        }
        if (URN.matcher(text).matches()) {
            return new PlaceQuery(Form.URN, text);
        }
        return new PlaceQuery(Form.NAME, text);
    }

    /** The outward code of a postcode (GU51 of GU51 3AA). */
    String outwardCode() {
        return text.substring(0, text.indexOf(' '));
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Names that count as an exact match: as typed, and with LCP written out. */
    List<String> exactNames() {
        List<String> names = new ArrayList<>(List.of(lower()));
        String expanded = lower().replaceAll("\\blcps?\\b", "local children's partnership");
        if (!expanded.equals(lower())) {
            names.add(expanded);
        }
        return names;
    }

    /** The words of the text (LCP written out), each of two letters or more. */
    List<String> words() {
        String expanded = lower().replaceAll("\\blcps?\\b", "local children partnership");
        return List.of(expanded.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> w.length() > 1).toList();
    }

    /** Full-text query: every word, or a word starting with it. */
    String fullText() {
        return words().stream().map(w -> "+" + escape(w) + "*").reduce((a, b) -> a + " " + b).orElse("\"\"");
    }

    /** Full-text query for close matches, for "did you mean". */
    String fuzzy() {
        return words().stream().map(w -> escape(w) + "~").reduce((a, b) -> a + " " + b).orElse("\"\"");
    }

    private static String escape(String word) {
        return LUCENE_SPECIAL.matcher(word).replaceAll("\\\\$0");
    }
}
