package org.trustmap.api;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an object carries in a headline answer whether asked for or not ({@link Projection#wholeObjects()}), read
 * from {@link GraphMapping}: one Cypher text for every selection of it.
 */
final class WholeObjects {

    private static final Map<List<String>, Map<String, String>> WHOLE = new ConcurrentHashMap<>();

    private WholeObjects() {
    }

    /**
     * The fields that name an object and say what it is, which an object in a headline answer carries whether
     * asked for or not ({@link Projection#wholeObjects()}): what the page shows of the partnerships, seats,
     * people, organisations and places in its answers. Free text (notes), geography and history stay out: read
     * for every seat of every row of a coverage table they made its answer four times longer.
     */
    private static final Set<String> SUMMARY = Set.of("id", "name", "kind", "role", "sector", "illustrative", "honorific",
            "honorificSuffix", "acceptsMessages", "lastVerified");

    /**
     * What an object of the types carries in a headline answer ({@link Projection#wholeObjects()}), by field name
     * in name order, as Cypher on {x}: an entity's plain values ({@link FieldSpec.Value#plain()}) of the
     * {@link #SUMMARY}, a value object's (a Contact's) every one, and the value objects read from the node itself (a {@code Contact}, under its condition, e.g. a person's
     * consent), telling the types apart by label where they read a field differently. Of one or two types (an
     * Organisation, an Area) every such field any of them has; of more (a Node: twelve kinds) only those all of
     * them have, and the fragments of the selection ask for the rest.
     */
    static Map<String, String> fields(List<String> types) {
        return WHOLE.computeIfAbsent(List.copyOf(types), WholeObjects::read);
    }

    private static Map<String, String> read(List<String> types) {
        Map<String, Map<String, String>> byName = new TreeMap<>();
        for (String type : types) {
            GraphMapping.fieldsOf(type).forEach((name, spec) -> {
                boolean outOfSummary = spec instanceof FieldSpec.Value && GraphMapping.LABEL_OF.containsKey(type) && !SUMMARY.contains(name);
                String cypher = outOfSummary ? null : wholeValue(spec);
                if (cypher != null) {
                    byName.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(type, cypher);
                }
            });
        }
        Map<String, String> fields = new LinkedHashMap<>();
        byName.forEach((name, byType) -> {
            if (types.size() > 2 && byType.size() < types.size()) {
                return;
            }
            if (new HashSet<>(byType.values()).size() == 1) {
                fields.put(name, byType.values().iterator().next());
            }
            else {
                StringBuilder cases = new StringBuilder("CASE");
                byType.forEach((type, cypher) -> cases.append(" WHEN {x}:").append(GraphMapping.LABEL_OF.get(type)).append(" THEN ")
                        .append(cypher));
                fields.put(name, cases.append(" END").toString());
            }
        });
        return Collections.unmodifiableMap(fields);
    }

    /** A plain value's Cypher; a value object's map of its plain values; null for what is read only when asked. */
    private static String wholeValue(FieldSpec spec) {
        if (spec instanceof FieldSpec.Value v) {
            return v.plain() ? v.cypher() : null;
        }
        if (spec instanceof FieldSpec.Same same && isValueObject(same.target())) {
            StringBuilder map = new StringBuilder("{__typename: '" + same.target() + "'");
            // In name order: some types' fields are a Map.of, whose order changes from one JVM to the next.
            new TreeMap<>(GraphMapping.fieldsOf(same.target())).forEach((name, field) -> map.append(", `").append(name).append("`: ")
                    .append(((FieldSpec.Value) field).cypher()));
            String object = map.append('}').toString();
            return same.condition() == null ? object : "CASE WHEN " + same.condition() + " THEN " + object + " END";
        }
        return null;
    }

    /** A type of plain values only, read from the node that has it (Contact, ContactConsentRecord). */
    private static boolean isValueObject(String type) {
        return !GraphMapping.LABEL_OF.containsKey(type) && !GraphMapping.fieldsOf(type).isEmpty()
                && GraphMapping.fieldsOf(type).values()
                .stream().allMatch(f -> f instanceof FieldSpec.Value v && v.plain());
    }
}
