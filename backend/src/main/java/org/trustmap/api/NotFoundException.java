package org.trustmap.api;

import java.util.List;
import java.util.Map;

/** Nothing matches what was asked for; may carry close matches to offer instead. */
public class NotFoundException extends RuntimeException {

    private final List<Map<String, Object>> suggestions;

    public NotFoundException(String message, List<Map<String, Object>> suggestions) {
        super(message);
        this.suggestions = suggestions;
    }

    public List<Map<String, Object>> suggestions() {
        return suggestions;
    }
}
