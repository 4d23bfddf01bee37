package org.trustmap.api;

/** The one Cypher condition for "in force on the day": every dated node and relationship uses it. */
public final class Validity {

    private Validity() {
    }

    /**
     * True when node or relationship {@code variable} is in force on {@code day} (a Cypher expression);
     * missing dates count as open-ended. A missing date stands in as the day itself rather than as a date far
     * off ({@code date('0001-01-01')}): the same answer, and Neo4j plans the condition in about half the time
     * (10 ms each in a warm JVM, and findRepresentatives' text holds eleven).
     */
    public static String on(String variable, String day) {
        return "(coalesce(" + variable + ".validFromDate, " + day + ") <= " + day + " <= coalesce(" + variable
                + ".validToDate, " + day + "))";
    }
}
