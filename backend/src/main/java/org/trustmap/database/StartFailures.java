package org.trustmap.database;

import java.util.Optional;
import java.util.function.Predicate;

/** What the start-up failure analysers share: finding the cause they explain among a failure's causes. */
final class StartFailures {

    private StartFailures() {
    }

    static Optional<Throwable> find(Throwable failure, Predicate<Throwable> wanted) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (wanted.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static String message(Throwable t) {
        return String.valueOf(t.getMessage());
    }
}
