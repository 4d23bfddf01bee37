package org.trustmap.api;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;

/**
 * The Cypher text of a field's answer, built once for each place the field appears in a parsed document and
 * used again for every request of that document: the page and the benchmark send the same few documents with
 * new variables, and building the text (walking the selection, projecting each object, joining the parts) was
 * a tenth of the sampled Java time of a findRepresentatives server under load (2% with the text kept; README,
 * Performance, for what that does and does not save).
 *
 * <p>A text is kept only when the field's selection is fixed by the document: nothing beneath the field refers
 * to a variable (no argument, no {@code @include(if: $x)}), so the same document always selects the same
 * fields with the same arguments. The field's own arguments may vary: the controller binds their parameters
 * before the text is built, always in the same order, and the text refers to them by name; the parameters the
 * selection adds (its literal arguments) are kept with the text. Keyed by the document's own field nodes,
 * weakly: a document evicted from the parsed-document cache takes its texts with it.
 */
public final class SelectionTexts {

    /**
     * A text and what it was built with: the field's other nodes (merged into one field with the key's; held
     * weakly, or the value would keep its own key alive), how many parameters were bound before, and the
     * parameters the selection added.
     */
    private record Kept(List<WeakReference<Field>> others, int parametersBefore, String text,
            Map<String, Object> added) {
    }

    /** Marks a field whose selection depends on the variables: its text is built for every request. */
    private static final Kept VARIES = new Kept(List.of(), -1, null, Map.of());

    /**
     * Bounded by the length of the texts kept (a findRepresentatives text is 21k characters; a client sending
     * many distinct documents, each with 30 aliases of it, could otherwise keep 2,000 of them, 42 MB of heap;
     * this keeps about 190, 4 MB).
     */
    private final Cache<Field, Kept> kept = Caffeine.newBuilder().weakKeys().maximumWeight(4_000_000)
            .weigher((Field field, Kept text) -> text.text() == null ? 1 : text.text().length()).build();
    private final LongAdder reused = new LongAdder();

    /**
     * The text {@code build} makes for this field's selection, from the last request of the same document when
     * it can be. {@code build} may read the selection and bind parameters of it into {@code p}; whatever else it
     * uses must already be bound in {@code p}, the same way for every request.
     */
    public String text(DataFetchingEnvironment env, Projection p, Supplier<String> build) {
        List<Field> fields = env.getMergedField().getFields();
        Field key = fields.getFirst();
        int before = p.parameters().size();
        Kept found = kept.getIfPresent(key);
        if (found == VARIES) {
            return build.get();
        }
        if (found != null && sameOthers(found.others(), fields) && found.parametersBefore() == before) {
            p.parameters().putAll(found.added());
            reused.increment();
            return found.text();
        }
        if (fields.stream().anyMatch(field -> refersToVariables(field.getSelectionSet(), env.getFragmentsByName(),
                new HashSet<>()))) {
            kept.put(key, VARIES);
            return build.get();
        }
        Set<String> boundBefore = Set.copyOf(p.parameters().keySet());
        String text = build.get();
        Map<String, Object> added = new HashMap<>(p.parameters());
        added.keySet().removeAll(boundBefore);
        kept.put(key, new Kept(fields.stream().skip(1).map(WeakReference::new).toList(), before, text, added));
        return text;
    }

    /** How many requests were answered with a text kept from an earlier one, since the start. */
    public long reused() {
        return reused.sum();
    }

    private static boolean sameOthers(List<WeakReference<Field>> others, List<Field> fields) {
        if (others.size() != fields.size() - 1) {
            return false;
        }
        for (int i = 0; i < others.size(); i++) {
            if (others.get(i).get() != fields.get(i + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean refersToVariables(Node<?> node, Map<String, FragmentDefinition> fragments,
            Set<String> visited) {
        if (node == null) {
            return false;
        }
        if (node instanceof VariableReference) {
            return true;
        }
        if (node instanceof FragmentSpread spread && visited.add(spread.getName())
                && refersToVariables(fragments.get(spread.getName()), fragments, visited)) {
            return true;
        }
        for (Node<?> child : node.getChildren()) {
            if (refersToVariables(child, fragments, visited)) {
                return true;
            }
        }
        return false;
    }
}
