package org.trustmap.network;

/**
 * What a person agreed to about their email and telephone. Stored on the Person as
 * {@code contactConsentLevel} with {@code contactConsentDate} and {@code contactConsentRecordedBy}; the older yes/no
 * {@code contactConsent} is kept true exactly when the level is {@link #PUBLISHED}, so every reader that shows
 * contact details only where {@code contactConsent = true} hides a relay-only address without knowing of levels.
 */
public enum ContactConsent {
    /** Shown to anyone, exported. */
    PUBLISHED,
    /** trustmap may forward messages to the address; it is never shown, exported or sent to a page. */
    RELAY_ONLY,
    /** Neither shown nor used for relayed messages. */
    NONE;

    /** Cypher for a person's level, for people recorded before levels existed (the yes/no alone). */
    public static String of(String person) {
        return "coalesce(" + person + ".contactConsentLevel, CASE WHEN " + person
                + ".contactConsent = true THEN 'PUBLISHED' ELSE 'NONE' END)";
    }
}
