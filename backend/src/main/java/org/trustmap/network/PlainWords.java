package org.trustmap.network;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain words for the graph's codes, for the sentences the API writes. */
public final class PlainWords {

    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("LOCAL_CHILDRENS_PARTNERSHIP", "Local Children's Partnership"),
            Map.entry("CHILDRENS_TRUST", "Children's Trust"),
            Map.entry("TRUST_BOARD", "Children's Trust Board"),
            Map.entry("CHILDRENS_SERVICES", "children's services department"),
            Map.entry("COUNCIL_FOR_VOLUNTARY_SERVICE", "council for voluntary service"),
            Map.entry("VCS_INFRASTRUCTURE", "voluntary sector infrastructure body"),
            Map.entry("VOLUNTARY_AND_COMMUNITY", "voluntary and community"),
            Map.entry("CRIME_AND_DISORDER_PARTNERSHIP", "crime and disorder reduction partnership"),
            Map.entry("LOCAL_STRATEGIC_PARTNERSHIP", "Local Strategic Partnership"),
            Map.entry("SAFEGUARDING_BOARD", "Local Safeguarding Children Board"),
            Map.entry("SchoolCluster", "school cluster"));

    private PlainWords() {
    }

    /** "LOCAL_CHILDRENS_PARTNERSHIP" as "Local Children's Partnership", "POLICE" as "police". */
    public static String of(String code) {
        if (code == null) {
            return "";
        }
        String special = SPECIAL.get(code);
        return special != null ? special : code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** "a, b and c". */
    public static String list(List<?> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return String.valueOf(items.getFirst());
        }
        return String.join(", ", items.subList(0, items.size() - 1).stream().map(String::valueOf).toList()) + " and "
                + items.getLast();
    }

    public static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /**
     * A day or partial date as a sentence writes it, the GOV.UK way: 2026-12-01 as "1 December 2026", 2019-07 as
     * "July 2019", 2010 as "2010" (as the web page's dateWords does).
     */
    public static String date(Object value) {
        if (value == null) {
            return "";
        }
        String[] parts = String.valueOf(value).split("-");
        try {
            if (parts.length == 1) {
                return parts[0];
            }
            String month = MONTHS[Integer.parseInt(parts[1]) - 1];
            return parts.length == 2 ? month + " " + parts[0] : Integer.parseInt(parts[2]) + " " + month + " " + parts[0];
        }
        catch (RuntimeException notADate) {
            return String.valueOf(value);
        }
    }
}
