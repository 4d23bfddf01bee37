package org.trustmap.messages;

/** A problem with what was asked, naming its input field (null: the request as a whole). */
public record MessageProblem(String field, String message) {
}
