package org.trustmap.geography;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The postcode areas Royal Mail uses (the letters an outward code starts with: GU, SO, SW...), and the
 * ones wholly outside England, so that a well-formed code is known to be a UK postcode or not, and where it is.
 */
public final class PostcodeAreas {

    private static final Set<String> UK = Set.of("AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT",
            "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT",
            "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "HA", "HD", "HG", "HP", "HR", "HS", "HU",
            "HX", "IG", "IP", "IV", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME",
            "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG",
            "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA",
            "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO",
            "ZE");

    /** Areas with no English postcode at all (TD, LD, SY, CH, NP... straddle the border and are left out). */
    private static final Map<String, String> OUTSIDE_ENGLAND = Map.ofEntries(Map.entry("CF", "Wales"),
            Map.entry("SA", "Wales"), Map.entry("LL", "Wales"), Map.entry("AB", "Scotland"), Map.entry("DD", "Scotland"),
            Map.entry("DG", "Scotland"), Map.entry("EH", "Scotland"), Map.entry("FK", "Scotland"),
            Map.entry("G", "Scotland"), Map.entry("HS", "Scotland"), Map.entry("IV", "Scotland"),
            Map.entry("KA", "Scotland"), Map.entry("KW", "Scotland"), Map.entry("KY", "Scotland"),
            Map.entry("ML", "Scotland"), Map.entry("PA", "Scotland"), Map.entry("PH", "Scotland"),
            Map.entry("ZE", "Scotland"), Map.entry("BT", "Northern Ireland"));

    private PostcodeAreas() {
    }

    /** The area of an outward code: its leading letters (SW of SW1A, G of G12). */
    public static String areaOf(String outward) {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return outward.substring(0, i);
    }

    public static boolean isUkArea(String area) {
        return UK.contains(area);
    }

    /** Wales, Scotland or Northern Ireland for an area wholly there; empty for England or a border area. */
    public static Optional<String> countryOutsideEngland(String area) {
        return Optional.ofNullable(OUTSIDE_ENGLAND.get(area));
    }
}
