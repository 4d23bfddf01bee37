package org.trustmap.representation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.trustmap.api.InvalidArgumentException;
import org.trustmap.geography.PlaceNames;
import org.trustmap.geography.PostcodeAreas;
import org.trustmap.network.EntityKind;
import org.trustmap.network.FullTextQuery;
import org.trustmap.network.ShortForms;

/**
 * What a person typed into "find your representative", read as the kind of place it most likely is:
 * a postcode, an outward code (GU51) or sector (GU51 3), something shaped like a postcode that is not one,
 * an id picked from a list, an ONS code, a school's URN, or a name.
 *
 * @param problem for NOT_A_POSTCODE, what is wrong with it
 */
record PlaceQuery(Form form, String text, String problem) {

    enum Form { POSTCODE, OUTWARD_CODE, POSTCODE_SECTOR, NOT_A_POSTCODE, ID, ONS_CODE, URN, NAME }

    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?\\s*[0-9][A-Z]{2}");
    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    private static final Pattern SECTOR = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9]");
    /** Letters and digits mixed in one or two short groups, as a postcode is written: GU51 3A, 1GU 3AA, GU513AAA. */
    private static final Pattern POSTCODE_LIKE = Pattern.compile("(?=.*[0-9])(?=.*[A-Z])[A-Z0-9]{2,4} ?[A-Z0-9]{1,4}");
    private static final Pattern ONS_CODE = Pattern.compile("[EWSN]\\d{8}");
    private static final Pattern URN = Pattern.compile("\\d{6}");
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
            return postcode(Form.POSTCODE, compact.substring(0, compact.length() - 3) + " "
                    + compact.substring(compact.length() - 3));
        }
        if (OUTWARD.matcher(upper).matches()) {
            return postcode(Form.OUTWARD_CODE, upper);
        }
        if (SECTOR.matcher(upper).matches()) {
            return postcode(Form.POSTCODE_SECTOR, upper);
        }
        if (EntityKind.ofId(text).isPresent()) {
            return new PlaceQuery(Form.ID, text, null);
        }
        if (ONS_CODE.matcher(upper).matches()) {
            return new PlaceQuery(Form.ONS_CODE, upper, null);
        }
        if (URN.matcher(text).matches()) {
            return new PlaceQuery(Form.URN, text, null);
        }
        if (POSTCODE_LIKE.matcher(upper).matches()) {
            return new PlaceQuery(Form.NOT_A_POSTCODE, upper, "a UK postcode is an outward code (one or two letters, "
                    + "then a digit, then perhaps a letter or digit: GU51) and an inward code (a digit and two letters: 3AA)");
        }
        return new PlaceQuery(Form.NAME, text, null);
    }

    /** A well-formed code is a postcode only when its area letters are one of the UK's. */
    private static PlaceQuery postcode(Form form, String code) {
        String area = PostcodeAreas.areaOf(code);
        if (!PostcodeAreas.isUkArea(area)) {
            return new PlaceQuery(Form.NOT_A_POSTCODE, code, area + " is not a UK postcode area");
        }
        return new PlaceQuery(form, code, null);
    }

    /** Postcodes of an outward code or sector start with this (GU51 of GU51 3AA starts "GU51 "). */
    String prefix() {
        return form == Form.OUTWARD_CODE ? text + " " : text;
    }

    /** The key the name is matched by (see PlaceNames). */
    String key() {
        return PlaceNames.key(text);
    }

    /** The outward code of a postcode or sector (GU51 of GU51 3AA). */
    String outwardCode() {
        return text.indexOf(' ') < 0 ? text : text.substring(0, text.indexOf(' '));
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Names that count as an exact match: as typed, and with its short forms (LCP, LSCB...) written out. */
    List<String> exactNames() {
        List<String> names = new ArrayList<>(List.of(lower()));
        String written = ShortForms.writeOut(text);
        if (!written.equals(lower())) {
            names.add(written);
        }
        return names;
    }

    /** The words of the text with its short forms written out: a number, or a word of two letters or more. */
    List<String> words() {
        return meaningful(FullTextQuery.words(ShortForms.writeOut(text)));
    }

    /** Full-text query: every word, or a word starting with it; a short form as typed or written out. */
    String fullText() {
        String query = FullTextQuery.everyWord(meaningful(FullTextQuery.words(text)));
        return query == null ? "\"\"" : query;
    }

    /** A lone letter says little of a name ("Kent LCSP 9" has a number that does). */
    private static List<String> meaningful(List<String> words) {
        return words.stream().filter(w -> w.length() > 1 || Character.isDigit(w.charAt(0))).toList();
    }

    /** Full-text query for close matches, for "did you mean". */
    String fuzzy() {
        return words().stream().map(w -> FullTextQuery.escape(w) + "~").reduce((a, b) -> a + " " + b).orElse("\"\"");
    }
}
