package org.trustmap.scale;

/**
 * When something held, as the import format writes it: partial dates ({@code 2010}, {@code 2010-09}),
 * either end absent when unknown or still running. Generated seat histories count in months
 * ({@code year * 12 + month - 1}); the last month a generated history reaches is {@link #NOW}.
 */
record Period(String from, String to) {

    /** November 2026, when the generated histories stop: fixed so that a seed always gives the same files. */
    static final int NOW = month(2026, 11);

    static final Period ALWAYS = new Period(null, null);

    static Period from(String from) {
        return new Period(from, null);
    }

    static Period between(String from, String to) {
        return new Period(from, to);
    }

    /** Months to a period; an end at or after {@link #NOW} is left open. */
    static Period months(int from, int to) {
        return new Period(text(from), to >= NOW ? null : text(to));
    }

    static int month(int year, int month) {
        return year * 12 + month - 1;
    }

    static String text(int month) {
        return String.format("%04d-%02d", month / 12, month % 12 + 1);
    }

    /** The first month of this period (January of a year-only date); {@code ifOpen} when it has no start. */
    int firstMonth(int ifOpen) {
        return from == null ? ifOpen : parse(from, true);
    }

    /** The last month of this period (December of a year-only date); {@link #NOW} when still running. */
    int lastMonth() {
        return to == null ? NOW : parse(to, false);
    }

    private static int parse(String text, boolean start) {
        int year = Integer.parseInt(text.substring(0, 4));
        if (text.length() == 4) {
            return month(year, start ? 1 : 12);
        }
        return month(year, Integer.parseInt(text.substring(5, 7)));
    }
}
