package org.trustmap.stewardship;

import java.time.ZonedDateTime;

/** The GraphQL type {@code Correction}, as {@link Cypher#CORRECTION} reads it (never its reporter's address). */
record Correction(String id, String about, String authority, String field, String whatIsWrong, String rightValue,
        String source, boolean replyWanted, String status, ZonedDateTime receivedAt, ZonedDateTime resolvedAt,
        String reason) {
}
