package org.trustmap.messages;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A retention setting in words, as the privacy notice says it: "28 days", "12 months", "1 year and 6 months". */
public final class Periods {

    private Periods() {
    }

    public static String words(Duration duration) {
        long days = duration.toDays();
        return days > 0 && duration.equals(Duration.ofDays(days)) ? count(days, "day") : count(duration.toHours(), "hour");
    }

    public static String words(Period period) {
        Period normal = period.normalized();
        List<String> parts = new ArrayList<>();
        if (normal.getYears() != 0) {
            parts.add(count(normal.getYears(), "year"));
        }
        if (normal.getMonths() != 0) {
            parts.add(count(normal.getMonths(), "month"));
        }
        if (normal.getDays() != 0 || parts.isEmpty()) {
            parts.add(count(normal.getDays(), "day"));
        }
        return String.join(" and ", parts);
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
