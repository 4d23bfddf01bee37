package org.trustmap.representation;

/** Cypher conditions for "in force on the day". */
final class Active {

    private Active() {
    }

    /** The node or relationship {@code variable} is in force on {@code day} (a Cypher expression). */
    static String on(String variable, String day) {
        return "(coalesce(" + variable + ".validFromDate, date('0001-01-01')) <= " + day + " <= coalesce(" + variable
                + ".validToDate, date('9999-12-31')))";
    }
}
