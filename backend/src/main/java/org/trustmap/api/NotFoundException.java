package org.trustmap.api;

import java.util.List;

/** Nothing matches what was asked for; may carry close matches to offer instead. */
public class NotFoundException extends RuntimeException {

    private final List<?> suggestions;

    /** @param suggestions close matches, each serialised as an object in the error's extensions */
    public NotFoundException(String message, List<?> suggestions) {
        super(message);
        this.suggestions = suggestions;
    }

    public List<?> suggestions() {
        return suggestions;
    }
}
