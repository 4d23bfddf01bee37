package org.trustmap.network;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a person typed, as a query of the full-text index {@code entity_names} (Lucene's syntax): every word, or a word
 * starting with it, must be in the name; a short form may be in it as typed or written out ("Hart LCP" finds
 * "Hart Local Children's Partnership" and "Basingstoke and Deane LCP Steering Group").
 */
public final class FullTextQuery {

    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** "Children's" is indexed as one word, which "children" starts; a lone "s" would ask for a word starting with s. */
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    /** Left out of a short form's words: most names of its kind hold them, but not all ("Safeguarding Children Board"). */
    private static final List<String> LINKING_WORDS = List.of("and", "of", "for", "the");

    private FullTextQuery() {
    }

    /** The typed text's words, lower-cased, without a possessive 's, split at anything but a letter or digit. */
    public static List<String> words(String typed) {
        String lower = POSSESSIVE.matcher(typed.toLowerCase(Locale.ROOT)).replaceAll("");
        return NOT_A_LETTER_OR_DIGIT.splitAsStream(lower).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Every word required, as a prefix; a short form as itself or as its written-out words. Null for no words.
     * Prefix matches all score alike, so each word and written-out word is also asked for whole, optionally: a name
     * holding it whole scores by how short it is, and "Hart LCP" offers Hart Local Children's Partnership before
     * its sub-groups and seats.
     */
    public static String everyWord(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String required = words.stream().map(FullTextQuery::required).collect(Collectors.joining(" "));
        String whole = words.stream().flatMap(w -> Stream.concat(Stream.of(w), writtenWords(w).stream()))
                .distinct().map(FullTextQuery::escape).collect(Collectors.joining(" "));
        return required + " " + whole;
    }

    private static String required(String word) {
        String prefix = escape(word) + "*";
        List<String> written = writtenWords(word);
        return written.isEmpty() ? "+" + prefix
                : "+(" + prefix + " (" + written.stream().map(w -> "+" + escape(w) + "*").collect(Collectors.joining(" ")) + "))";
    }

    /** A short form's written-out words but the linking ones; none for a word that is no short form. */
    private static List<String> writtenWords(String word) {
        return ShortForms.writtenOut(word).map(written -> words(written).stream()
                .filter(w -> w.length() > 1 && !LINKING_WORDS.contains(w)).toList()).orElse(List.of());
    }

    /** The word with Lucene's special characters escaped. */
    public static String escape(String word) {
        return LUCENE_SPECIAL.matcher(word).replaceAll("\\\\$0");
    }
}
