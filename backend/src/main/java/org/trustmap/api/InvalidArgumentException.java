package org.trustmap.api;

/** A query argument that cannot be answered; the message names the argument and says what is wrong. */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String argument, String problem) {
        super(argument + ": " + problem);
    }
}
