package org.trustmap.geography;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a place name is matched by, so that people find a place however they write it: case, accents,
 * apostrophes (King's Lynn, Kings Lynn), hyphens and "St" or "St." for "Saint" (St Albans, Saint Albans)
 * make no difference.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SAINT = Pattern.compile("\\bst\\b");

    private PlaceNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String lower = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        String spaced = SEPARATORS.matcher(lower).replaceAll(" ").strip();
        return SAINT.matcher(spaced).replaceAll("saint");
    }
}
