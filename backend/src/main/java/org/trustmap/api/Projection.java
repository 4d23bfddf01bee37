package org.trustmap.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Builds the Cypher for a GraphQL selection: a map literal holding the fields asked for, nested relations as
 * COLLECT subqueries, so that a whole request field is answered by one query. Values reach Cypher only as
 * parameters, and the fields of a map are in the order of their keys, so the text depends on what is asked,
 * not on the order it is asked in.
 */
public final class Projection {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(asOf|\\$\\w+|x|y)}");

    private final Map<String, Object> parameters = new HashMap<>();
    private final boolean wholeObjects;
    private int names;

    /** A projection of exactly the fields asked for. */
    public Projection() {
        this(false);
    }

    private Projection(boolean wholeObjects) {
        this.wholeObjects = wholeObjects;
    }

    /**
     * A projection for a headline question's answer: every object in it carries all of its plain values
     * ({@link FieldSpec.Value#plain()}) whatever the selection, so every client's selection of them (the page's,
     * an analyst's in GraphiQL, the benchmark's) is the same Cypher text, planned once and planned before
     * readiness by the warm-up. A plain value is a property read, cheap beside a planning of seconds; relations
     * and values with arguments are still read only when asked for.
     */
    public static Projection wholeObjects() {
        return new Projection(true);
    }

    /** The selection under a path of the request ("seats/post"), or null when that field is not asked for. */
    public static DataFetchingFieldSelectionSet selection(graphql.schema.DataFetchingEnvironment env, String path) {
        // Walked by name: getFields(path) compiles the path as a file-name glob on every call, which
        // was a tenth of the server's processor time for findRepresentatives.
        DataFetchingFieldSelectionSet selection = env.getSelectionSet();
        for (String name : path.split("/")) {
            SelectedField field = selection.getImmediateFields().stream()
                    .filter(f -> f.getName().equals(name)).findFirst().orElse(null);
            if (field == null) {
                return null;
            }
            selection = field.getSelectionSet();
        }
        return selection;
    }

    /** The parameters the generated Cypher refers to. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** Binds a value and returns the parameter that refers to it. */
    public String parameter(Object value) {
        String name = "p" + names++;
        parameters.put(name, value);
        return "$" + name;
    }

    /** The day of an asOf argument: the given one, or today in the database's time. */
    public String asOf(Object day) {
        return "coalesce(" + parameter(day) + ", " + Today.CYPHER + ")";
    }

    /**
     * A Cypher map of {@code variable} seen as GraphQL type {@code type}, with the selected fields.
     * {@code variable} must be bound in the query; for a relation it may be a relationship.
     */
    public String of(String variable, String type, DataFetchingFieldSelectionSet selection) {
        List<SelectedField> fields = selection == null ? List.of() : selection.getImmediateFields();
        List<String> concrete = concreteTypes(type, fields);
        Map<String, List<SelectedField>> byKey = new TreeMap<>();
        for (SelectedField field : fields) {
            if (!field.getName().startsWith("__") && !(wholeObjects && carriedWhole(field, concrete))) {
                byKey.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
            }
        }
        Map<String, String> values = new TreeMap<>();
        if (wholeObjects) {
            WholeObjects.fields(concrete).forEach((name, cypher) -> values.put(name, substitute(cypher, variable, null, Map.of())));
        }
        byKey.forEach((key, selected) -> values.put(key, value(variable, concrete, selected)));
        StringBuilder map = new StringBuilder("{__typename: ");
        map.append(concrete.size() == 1 ? "'" + concrete.getFirst() + "'" : GraphMapping.typeName(variable, concrete));
        values.forEach((key, value) -> map.append(", `").append(key).append("`: ").append(value));
        return map.append('}').toString();
    }

    /** Asked for by its own name, without arguments, and carried by the whole object anyway. */
    private static boolean carriedWhole(SelectedField field, List<String> concrete) {
        return field.getResultKey().equals(field.getName()) && field.getArguments().isEmpty()
                && WholeObjects.fields(concrete).containsKey(field.getName());
    }

    private String value(String variable, List<String> concrete, List<SelectedField> selected) {
        Map<String, FieldSpec> specs = new LinkedHashMap<>();
        Map<String, SelectedField> fieldOf = new HashMap<>();
        for (SelectedField field : selected) {
            for (String type : field.getObjectTypeNames()) {
                if (concrete.contains(type)) {
                    FieldSpec spec = GraphMapping.field(type, field.getName());
                    if (spec == null) {
                        throw new IllegalStateException("No graph mapping for " + type + "." + field.getName());
                    }
                    specs.put(type, spec);
                    fieldOf.put(type, field);
                }
            }
        }
        if (specs.values().stream().distinct().count() == 1) {
            String type = specs.keySet().iterator().next();
            return value(variable, specs.get(type), fieldOf.get(type));
        }
        StringBuilder cases = new StringBuilder("CASE");
        specs.forEach((type, spec) -> cases.append(" WHEN ").append(variable).append(':')
                .append(GraphMapping.LABEL_OF.get(type)).append(" THEN ").append(value(variable, spec, fieldOf.get(type))));
        return cases.append(" END").toString();
    }

    private String value(String x, FieldSpec spec, SelectedField field) {
        Map<String, Object> arguments = field.getArguments();
        return switch (spec) {
            case FieldSpec.Value v -> substitute(v.cypher(), x, null, arguments);
            case FieldSpec.Same same -> {
                String projected = of(x, same.target(), field.getSelectionSet());
                yield same.condition() == null ? projected
                        : "CASE WHEN " + substitute(same.condition(), x, null, arguments) + " THEN " + projected + " END";
            }
            case FieldSpec.Bound bound -> of(x + bound.suffix(), bound.target(), field.getSelectionSet());
            case FieldSpec.Relation relation -> {
                String y = "v" + names++;
                StringBuilder query = new StringBuilder(substitute(relation.match(), x, y, arguments));
                query.append(" RETURN ").append(of(y, relation.target(), field.getSelectionSet())).append(" AS value");
                if (relation.orderBy() != null) {
                    query.append(" ORDER BY ").append(substitute(relation.orderBy(), x, y, arguments));
                }
                if (!relation.many()) {
                    query.append(" LIMIT 1");
                }
                else if (relation.limitArgument() != null && arguments.get(relation.limitArgument()) instanceof Number n) {
                    query.append(" LIMIT ").append(parameter(Math.max(0, n.intValue())));
                }
                yield relation.many() ? "COLLECT { " + query + " }" : "head(COLLECT { " + query + " })";
            }
        };
    }

    private String substitute(String cypher, String x, String y, Map<String, Object> arguments) {
        Map<String, String> bound = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(cypher);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "x" -> x;
                case "y" -> y;
                case "asOf" -> bound.computeIfAbsent(name, k -> asOf(arguments.get("asOf")));
                default -> bound.computeIfAbsent(name, k -> parameter(arguments.get(name.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> concreteTypes(String type, List<SelectedField> fields) {
        if (!GraphMapping.ABSTRACT.contains(type)) {
            return List.of(type);
        }
        if (wholeObjects) {
            // Every type the interface may hold, not those the selection's fragments name: the same text for all.
            return GraphMapping.implementations(type);
        }
        List<String> types = new ArrayList<>();
        for (SelectedField field : fields) {
            for (String name : field.getObjectTypeNames()) {
                if (!types.contains(name) && GraphMapping.LABEL_OF.containsKey(name)) {
                    types.add(name);
                }
            }
        }
        return types.isEmpty() ? List.copyOf(GraphMapping.LABEL_OF.keySet()) : types;
    }
}
