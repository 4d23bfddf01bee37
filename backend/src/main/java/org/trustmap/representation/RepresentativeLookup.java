package org.trustmap.representation;

import java.time.LocalDate;
import java.util.List;

/**
 * The GraphQL type {@code RepresentativeLookup}: the answer to findRepresentatives. What it holds besides the
 * sentences comes from the one query's answer ({@link FindRepresentativesController.Answer}) as it was read;
 * {@link LookupAnswer} writes the sentences. The councils are the Projection's answers to the selection.
 */
record RepresentativeLookup(String place, String sector, LocalDate asOf, String status, String message,
        ResolvedPlace resolvedAs, String coverage, String dataAsAt, List<LevelRepresentation> levels,
        List<PlaceCandidate> candidates, List<RepresentativeSeat> seats, List<Object> councilsForVoluntaryService) {

    /** The GraphQL type {@code ResolvedPlace}; matched, district, authority and partnerships are projected. */
    record ResolvedPlace(String kind, Object matched, String name, String postcode, Object district,
            Object authority, List<Object> localPartnerships, String explanation) {
    }

    /** The GraphQL type {@code PlaceCandidate}. */
    record PlaceCandidate(String id, String name, String kind, String description) {
    }

    /** A candidate place as the Cypher describes it ({@link PlaceResolution#CANDIDATE}). */
    record Candidate(String id, String name, String kind, String type, String subKind, String district,
            String authority) {
    }
}
