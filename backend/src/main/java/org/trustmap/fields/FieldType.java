package org.trustmap.fields;

/**
 * What a field holds, which decides the rule it is checked by ({@link org.trustmap.rules.FieldRules} for text).
 * A name is one line; other text may run over several lines; a reference is an id that becomes a relationship.
 */
public enum FieldType {
    ID, NAME, TEXT, EMAIL, PHONE, WEB_ADDRESS, POSTCODE, ENUM, DATE, BOOLEAN, INTEGER, TEXT_LIST, REFERENCE
}
