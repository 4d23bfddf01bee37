package org.trustmap.rules;

import java.util.function.Predicate;

/**
 * A record's {@code source} names one of the sources listed for it: in a network file, one of the file's
 * {@code sources} (when it lists any); for an editor's change, a Source already in the graph (one an import
 * brought). Import and editing refuse any other source with these words.
 */
public final class SourceRule {

    private SourceRule() {
    }

    /** What is wrong with the source a record names, or null when it names a listed one (or none). */
    public static String problem(Object source, Predicate<String> listed) {
        return source == null || listed.test(source.toString()) ? null
                : "refers to source '" + source + "', which is not in the sources list";
    }
}
