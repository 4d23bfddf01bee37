package org.trustmap.security;

import org.springframework.security.access.AccessDeniedException;

/** A signed-in user asked for something of an authority their account does not cover; the message says which. */
public class OtherAuthorityException extends AccessDeniedException {

    public OtherAuthorityException(String message) {
        super(message);
    }
}
