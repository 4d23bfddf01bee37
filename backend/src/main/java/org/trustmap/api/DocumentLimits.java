package org.trustmap.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.ParserOptions;

/**
 * Bounds on the shape of a parsed document, checked in one pass that is linear in its size, before
 * graphql-java validates it: some of its validation rules (fragment cycles, overlapping fields) cost
 * the square or more of the number of fragments and fields, seconds of processor time for a document of
 * a few kilobytes. Fragments count as they expand: a fragment spread twice counts twice.
 *
 * @param maxTokens         tokens the parser reads before it gives up
 * @param maxFields         fields once every fragment is expanded
 * @param maxAliases        aliased fields once every fragment is expanded
 * @param maxFragments      fragment definitions
 * @param maxFragmentDepth  fragments spread within fragments, at most this deep
 */
record DocumentLimits(int maxTokens, int maxFields, int maxAliases, int maxFragments, int maxFragmentDepth) {

    ParserOptions parserOptions() {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options.maxTokens(maxTokens));
    }

    /** What is wrong with the document's shape, in words for the client, if anything. */
    Optional<String> problem(Document document) {
        Map<String, Counts> fragments = new HashMap<>();
        List<Counts> operations = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), Counts.of(fragment.getSelectionSet()));
            }
            else if (definition instanceof OperationDefinition operation) {
                operations.add(Counts.of(operation.getSelectionSet()));
            }
        }
        if (fragments.size() > maxFragments) {
            return Optional.of("The request defines " + fragments.size() + " fragments; at most " + maxFragments
                    + " are allowed.");
        }
        Expansion expansion = new Expansion(fragments);
        for (Counts operation : operations) {
            Expanded total = expansion.of(operation, 0);
            if (total.problem() != null) {
                return Optional.of(total.problem());
            }
            if (total.fields() > maxFields) {
                return Optional.of("The request asks for " + describe(total.fields()) + " fields once its fragments "
                        + "are expanded; at most " + maxFields + " are allowed.");
            }
            if (total.aliases() > maxAliases) {
                return Optional.of("The request uses " + describe(total.aliases()) + " aliases; at most " + maxAliases
                        + " are allowed.");
            }
        }
        return Optional.empty();
    }

    private static String describe(long count) {
        return count >= Expanded.SATURATED ? "more than " + Expanded.SATURATED : String.valueOf(count);
    }

    /** What one selection set holds itself, and the fragments it spreads (each spread once per mention). */
    private record Counts(long fields, long aliases, List<String> spreads) {

        static Counts of(SelectionSet root) {
            long fields = 0;
            long aliases = 0;
            List<String> spreads = new ArrayList<>();
            List<SelectionSet> pending = new ArrayList<>();
            pending.add(root);
            while (!pending.isEmpty()) {
                SelectionSet set = pending.removeLast();
                if (set == null) {
                    continue;
                }
                for (Selection<?> selection : set.getSelections()) {
                    switch (selection) {
                        case Field field -> {
                            fields++;
                            if (field.getAlias() != null) {
                                aliases++;
                            }
                            pending.add(field.getSelectionSet());
                        }
                        case InlineFragment inline -> pending.add(inline.getSelectionSet());
                        case FragmentSpread spread -> spreads.add(spread.getName());
                        default -> {
                        }
                    }
                }
            }
            return new Counts(fields, aliases, spreads);
        }
    }

    private record Expanded(long fields, long aliases, int depth, String problem) {

        /** Counts stop growing here: past it, a document is refused whatever the exact figure. */
        static final long SATURATED = 1_000_000_000L;

        static Expanded failed(String problem) {
            return new Expanded(0, 0, 0, problem);
        }
    }

    /** Each fragment is expanded once and remembered, so the whole pass stays linear. */
    private final class Expansion {

        private final Map<String, Counts> fragments;
        private final Map<String, Expanded> done = new HashMap<>();
        private final Map<String, Boolean> inProgress = new HashMap<>();

        Expansion(Map<String, Counts> fragments) {
            this.fragments = fragments;
        }

        Expanded of(Counts counts, int depth) {
            if (depth > maxFragmentDepth) {
                return Expanded.failed("The request spreads fragments within fragments more than " + maxFragmentDepth
                        + " deep.");
            }
            long fields = counts.fields();
            long aliases = counts.aliases();
            int deepest = 0;
            for (String name : counts.spreads()) {
                Expanded spread = fragment(name, depth + 1);
                if (spread.problem() != null) {
                    return spread;
                }
                fields = Math.min(Expanded.SATURATED, fields + spread.fields());
                aliases = Math.min(Expanded.SATURATED, aliases + spread.aliases());
                deepest = Math.max(deepest, spread.depth() + 1);
            }
            return new Expanded(fields, aliases, deepest, null);
        }

        private Expanded fragment(String name, int depth) {
            Expanded known = done.get(name);
            if (known != null) {
                return depth + known.depth() > maxFragmentDepth
                        ? Expanded.failed("The request spreads fragments within fragments more than " + maxFragmentDepth
                                + " deep.")
                        : known;
            }
            Counts counts = fragments.get(name);
            if (counts == null) {
                // Unknown fragments are graphql-java's to name in its own validation.
                return new Expanded(0, 0, 0, null);
            }
            if (inProgress.putIfAbsent(name, true) != null) {
                return Expanded.failed("The fragment " + name + " spreads itself.");
            }
            Expanded expanded = of(counts, depth);
            inProgress.remove(name);
            if (expanded.problem() == null) {
                done.put(name, expanded);
            }
            return expanded;
        }
    }
}
