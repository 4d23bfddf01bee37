package org.trustmap.fields;

/** Who may read a field. */
public enum Readers {
    /** Anyone, signed in or not: the public answers, the page, the exports. */
    EVERYONE,
    /**
     * A person's contact detail: public only where they consented to its publication (contact consent PUBLISHED);
     * a relay-only address never leaves trustmap, not even in an editor's export; it leaves the audit trail when
     * consent is withdrawn.
     */
    CONSENTED,
    /** Admins, in the export of a whole network (and the command line); never in the GraphQL answers. */
    ADMINS
}
