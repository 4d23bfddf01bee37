package org.trustmap.representation;

import java.util.List;

/**
 * The GraphQL type {@code LevelRepresentation}: whether an area has a voice at one level, and the sentence that
 * says so ({@link LevelVoice}). Its partnerships are the Projection's answers to the request's selection.
 */
record LevelRepresentation(String level, String status, String message, List<Object> partnerships,
        List<RepresentativeSeat> seats) {

    /** A level as the Cypher reads it ({@link Levels}): how many partnerships, their names and projections. */
    record Found(String level, long count, List<String> names, List<Object> partnerships) {
    }
}
