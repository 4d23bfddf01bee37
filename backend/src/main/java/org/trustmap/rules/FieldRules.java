package org.trustmap.rules;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The one rule for the format and length of each text field, run by import (every file) and by every
 * change an editor makes, so that the two accept exactly the same values. A name is one line of at most
 * {@value #MAX_NAME} characters; other text may run to {@value #MAX_TEXT} characters over several lines;
 * no field holds a tab or another control character.
 */
public final class FieldRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_PHONE = 25;
    /** The most people one seat may have at once ({@code maxHolders}). */
    public static final int MAX_HOLDERS = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6," + MAX_PHONE + "}");

    private FieldRules() {
    }

    /**
     * What is wrong with the (stripped, not blank) value of a field, or null when it is acceptable.
     * The field's name decides its rule: {@code name}, {@code email}, {@code phone}, a web address
     * ({@code website}, {@code url}, {@code sourceUrl}) or any other text.
     */
    public static String problem(String field, String text) {
        boolean name = "name".equals(field) || "title".equals(field);
        int max = name || "email".equals(field) ? MAX_NAME : "phone".equals(field) ? MAX_PHONE : MAX_TEXT;
        if (text.length() > max) {
            return "is " + text.length() + " characters long; at most " + max + " are allowed";
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && (name || c != '\n'))) {
            return name ? "must be one line without tabs or control characters"
                    : "contains a tab or control characters (only line breaks are allowed)";
        }
        return switch (field) {
            case "email" -> EMAIL.matcher(text).matches() ? null : "'" + text + "' is not an email address";
            case "phone" -> PHONE.matcher(text).matches() ? null
                    : "'" + text + "' is not a telephone number (digits, spaces, +, brackets)";
            case "website", "url", "sourceUrl" -> webAddress(text) ? null
                    : "'" + text + "' is not a web address (https://...)";
            default -> null;
        };
    }

    private static boolean webAddress(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }
}
