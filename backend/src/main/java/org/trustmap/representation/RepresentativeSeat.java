package org.trustmap.representation;

/**
 * The GraphQL type {@code RepresentativeSeat}, as {@link Seats} reads it. Its partnership, post, membership,
 * person, body and contact are the Projection's answers to the request's selection (maps by result key, checked
 * against GraphMapping by SchemaMappingsTest). {@code holder} and {@code holderName} are not in the schema: the
 * sentences count and name the people.
 */
record RepresentativeSeat(String level, Object partnership, Object post, boolean vacant, Object membership,
        Object person, Object onBehalfOf, String since, String vacantSince, Object contact, String holder,
        String holderName) {
}
