package org.trustmap.fields;

/** Where a field appears, each under the field's own name. */
public enum Use {
    /** A field of the entity's GraphQL type, read from the graph property of the same name. */
    GRAPHQL,
    /** A field of the GraphQL type Contact (the entity's contact details). */
    CONTACT,
    /** An input field of the entity's create mutation. */
    CREATE,
    /** An input field of the entity's update mutation. */
    UPDATE,
    /** A field (JSON) or column (CSV) of the network file format, read by the import and written by the export. */
    FILE
}
