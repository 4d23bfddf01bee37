package org.trustmap.rules;

import java.net.URI;
import java.util.regex.Pattern;

import org.trustmap.fields.FieldType;

/**
 * The one rule for each kind of field value ({@link FieldType}), run by import (every file) and by every
 * change an editor makes, so that the two accept exactly the same values. A name is one line of at most
 * {@value #MAX_NAME} characters; other text may run to {@value #MAX_TEXT} characters over several lines;
 * no field holds a tab or another control character. An empty value is no value (as an empty CSV cell is):
 * a required field then "is required"; one of spaces only "must not be blank"; an optional field is left
 * without a value.
 */
public final class FieldRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_PHONE = 25;
    /** The most people one seat may have at once ({@code maxHolders}). */
    public static final int MAX_HOLDERS = 1000;
    public static final String REQUIRED = "is required";
    public static final String BLANK = "must not be blank";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6," + MAX_PHONE + "}");
    public static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}");

    private FieldRules() {
    }

    /**
     * What is wrong with the (stripped, not blank) value of a field that is not an entity's (a source's title
     * and address, a correction's fields), or null when it is acceptable: its name decides its rule.
     */
    public static String problem(String field, String text) {
        return problem(switch (field) {
            case "name", "title" -> FieldType.NAME;
            case "email" -> FieldType.EMAIL;
            case "phone" -> FieldType.PHONE;
            case "website", "url", "sourceUrl" -> FieldType.WEB_ADDRESS;
            default -> FieldType.TEXT;
        }, text);
    }

    /** What is wrong with the (stripped, not blank) text of a field of this type, or null when it is acceptable. */
    public static String problem(FieldType type, String text) {
        boolean name = type == FieldType.NAME;
        int max = name || type == FieldType.EMAIL ? MAX_NAME : type == FieldType.PHONE ? MAX_PHONE : MAX_TEXT;
        if (text.length() > max) {
            return "is " + text.length() + " characters long; at most " + max + " are allowed";
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && (name || c != '\n'))) {
            return name ? "must be one line without tabs or control characters"
                    : "contains a tab or control characters (only line breaks are allowed)";
        }
        return switch (type) {
            case EMAIL -> EMAIL.matcher(text).matches() ? null : "'" + text + "' is not an email address";
            case PHONE -> PHONE.matcher(text).matches() ? null
                    : "'" + text + "' is not a telephone number (digits, spaces, +, brackets)";
            case WEB_ADDRESS -> webAddress(text) ? null : "'" + text + "' is not a web address (https://...)";
            case POSTCODE -> POSTCODE.matcher(text).matches() ? null : "'" + text + "' is not a UK postcode";
            default -> null;
        };
    }

    /**
     * What is wrong with a given text that is empty or spaces only, or null when that is fine (an optional
     * field, which then has no value).
     */
    public static String blank(String text, boolean required) {
        return !required ? null : text.isEmpty() ? REQUIRED : BLANK;
    }

    /** What is wrong with a whole number outside its field's range, or null. */
    public static String range(long number, long min, long max) {
        return number < min || number > max ? number + " is outside " + min + " to " + max : null;
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
