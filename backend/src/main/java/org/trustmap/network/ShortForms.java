package org.trustmap.network;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms people type for the partnership's boards and bodies ("Hart LCP", "Hampshire LSCB"), each written
 * out as the bundled networks name them. Where names vary ("Hampshire Safeguarding Children Board" with no "Local"),
 * the written form is the words every such name shares.
 */
public final class ShortForms {

    private static final Map<String, String> WRITTEN = Map.ofEntries(
            Map.entry("lcp", "Local Children's Partnership"),
            Map.entry("lcsp", "Local Children's Services Partnership"),
            Map.entry("lsp", "Local Strategic Partnership"),
            Map.entry("lscb", "Safeguarding Children Board"),
            Map.entry("lscp", "Safeguarding Children Partnership"),
            Map.entry("csp", "Community Safety Partnership"),
            Map.entry("cdrp", "Crime and Disorder Reduction Partnership"),
            Map.entry("cvs", "Council for Voluntary Service"),
            Map.entry("vcs", "Voluntary Sector"),
            Map.entry("yot", "Youth Offending Team"),
            Map.entry("yos", "Youth Offending Service"),
            Map.entry("pct", "Primary Care Trust"),
            Map.entry("cypp", "Children and Young People's Plan"),
            Map.entry("laa", "Local Area Agreement"),
            Map.entry("jcp", "Jobcentre Plus"),
            Map.entry("dcs", "Director of Children's Services"));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private ShortForms() {
    }

    /** What a short form (any case, "LCPs" too) stands for, lower-cased: "lcp" as "local children's partnership". */
    public static Optional<String> writtenOut(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String written = WRITTEN.get(lower);
        if (written == null && lower.endsWith("s")) {
            written = WRITTEN.get(lower.substring(0, lower.length() - 1));
        }
        return Optional.ofNullable(written).map(w -> w.toLowerCase(Locale.ROOT));
    }

    /** The text, lower-cased, with every short form in it written out. */
    public static String writeOut(String text) {
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        return words.replaceAll(m -> Matcher.quoteReplacement(writtenOut(m.group()).orElse(m.group())));
    }
}
