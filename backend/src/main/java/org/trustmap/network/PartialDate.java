package org.trustmap.network;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day ({@code 2010}, {@code 2010-02}, {@code 2010-02-01}), as
 * sources give them. Questions "as of" a day treat it as the whole period it names: a seat held from
 * 2010 to 2012 counts from the first day of 2010 to the last day of 2012.
 *
 * @param text  the date as written
 * @param first the first day of the period
 * @param last  the last day of the period
 */
public record PartialDate(String text, LocalDate first, LocalDate last) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * @throws IllegalArgumentException with a sentence for the user when the text is not such a date
     */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write 2010, 2010-02 or 2010-02-01");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < 1800 || year > 2200) {
                throw new IllegalArgumentException("'" + text + "' is not a plausible year (1800 to 2200)");
            }
            if (m.group(2) == null) {
                return new PartialDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new PartialDate(text, month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(text, day, day);
        }
        catch (DateTimeException ex) {
            throw new IllegalArgumentException("'" + text + "' is not a real date", ex);
        }
    }
}
