package org.trustmap.api;

/** The one Cypher condition for "in force on the day": every dated node and relationship uses it. */
public final class Validity {

    private Validity() {
    }

    /**
     * True when node or relationship {@code variable} is in force on {@code day} (a Cypher expression);
     * missing dates count as open-ended.
     */
    public static String on(String variable, String day) {
        return "(coalesce(" + variable + ".validFromDate, date('0001-01-01')) <= " + day + " <= coalesce(" + variable
                + ".validToDate, date('9999-12-31')))";
    }
}
