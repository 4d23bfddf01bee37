package org.trustmap.editing;

/** What is wrong with one field of a change, or (field null) with the change as a whole. */
public record FieldProblem(String field, String message) {
}
