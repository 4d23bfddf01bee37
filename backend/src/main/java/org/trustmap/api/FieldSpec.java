package org.trustmap.api;

/**
 * How one GraphQL field is read from the graph, as a piece of Cypher. Placeholders: {@code {x}} the node
 * (or relationship) being projected, {@code {y}} the target of a relation, {@code {asOf}} the field's
 * asOf argument (today when absent), {@code {$name}} any other argument of the field.
 */
sealed interface FieldSpec {

    /** A value computed from {x}: a property or an expression. */
    record Value(String cypher) implements FieldSpec {

        /**
         * Read from {x} alone, with no argument and no subquery: a property or a small expression over its
         * properties, cheap enough to read whether asked for or not ({@link Projection#wholeObjects()}).
         */
        boolean plain() {
            return !cypher.contains("{asOf}") && !cypher.contains("{$") && !cypher.contains("{y}")
                    && !cypher.contains("{x}_") && !cypher.matches("(?s).*\\b(COUNT|EXISTS|COLLECT|CALL)\\s*\\{.*");
        }
    }

    /**
     * Other things reached from {x} by a MATCH (binding {y}), projected as {@code target}.
     *
     * @param many    a list (else the first, or null)
     * @param orderBy Cypher ordering on {y}, or null
     * @param limitArgument name of an argument capping the list, or null
     */
    record Relation(String match, String target, boolean many, String orderBy, String limitArgument)
            implements FieldSpec {
    }

    /** {x} itself seen as another type, when the condition holds (null otherwise). */
    record Same(String target, String condition) implements FieldSpec {
    }

    /** A variable bound by the enclosing relation's MATCH ({x} followed by a suffix), projected as target. */
    record Bound(String suffix, String target) implements FieldSpec {
    }

    static Value value(String cypher) {
        return new Value(cypher);
    }

    static Relation many(String match, String target, String orderBy) {
        return new Relation(match, target, true, orderBy, null);
    }

    static Relation one(String match, String target) {
        return new Relation(match, target, false, null, null);
    }

    /** A node or relationship in force on the day {asOf}. */
    static String active(String variable) {
        return Validity.on(variable, "{asOf}");
    }
}
