package org.trustmap.stewardship;

import org.trustmap.api.Validity;

/** Cypher pieces the stewardship queries share, so that each idea is written once. */
final class Cypher {

    private Cypher() {
    }

    /** Whether {@code x} (a node with validFromDate/validToDate) exists or is held on {@code $today}. */
    static String activeOn(String x, String day) {
        return Validity.on(x, day);
    }

    /** The day a partial-date text names, its first or last day ("2021" is 1 January or 31 December 2021). */
    static String day(String text, boolean last) {
        return last
                ? "CASE size(" + text + ") WHEN 4 THEN date(" + text + " + '-12-31') WHEN 7 THEN date(" + text
                        + " + '-01') + duration('P1M') - duration('P1D') ELSE date(left(" + text + ", 10)) END"
                : "CASE size(" + text + ") WHEN 4 THEN date(" + text + " + '-01-01') WHEN 7 THEN date(" + text
                        + " + '-01') ELSE date(left(" + text + ", 10)) END";
    }

    /** A correction node {@code c} as the schema's Correction (never its reporter's email address). */
    static final String CORRECTION = """
            c {.id, .about, authority: c.dataset, .field, .whatIsWrong, .rightValue, .source,
               replyWanted: c.email IS NOT NULL OR coalesce(c.replyWanted, false), .status, .receivedAt, .resolvedAt, .reason}""";
}
