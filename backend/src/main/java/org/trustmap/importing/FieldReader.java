package org.trustmap.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.trustmap.fields.FieldType;
import org.trustmap.network.EntityKind;
import org.trustmap.network.PartialDate;
import org.trustmap.rules.FieldRules;
import org.trustmap.rules.ReferenceRule;

/**
 * Reads the fields of one JSON object or CSV record, checking each as it goes and recording a problem
 * (file, place, field, what is wrong) instead of failing, so that one import reports every problem.
 * CSV values are all text; an empty CSV field counts as absent.
 */
final class FieldReader {

    static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    /** A district may be referred to by its bare ONS code, as spreadsheets hold it. */
    static final Pattern ONS_CODE = Pattern.compile("[EWSN]\\d{8}");

    private final String file;
    private final String location;
    private final Map<String, Object> raw;
    private final Problems problems;
    private boolean failed;

    FieldReader(String file, String location, Map<String, Object> raw, Problems problems, Set<String> allowed) {
        this.file = file;
        this.location = location;
        this.raw = raw;
        this.problems = problems;
        for (String key : new TreeSet<>(raw.keySet())) {
            if (key.equals(CsvTable.WIDTH_PROBLEM)) {
                problem(null, String.valueOf(raw.get(key)));
            }
            else if (!allowed.contains(key)) {
                problem(key, "unknown field; the fields here are " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    String location() {
        return location;
    }

    String file() {
        return file;
    }

    /** True when any field of this record had a problem. */
    boolean failed() {
        return failed;
    }

    void problem(String field, String message) {
        failed = true;
        problems.add(file, location, field, message);
    }

    private Object value(String field) {
        Object value = raw.get(field);
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        return value;
    }

    /** Text of a field that is not an entity's: its name decides its rule. */
    String text(String field, boolean required) {
        return text(field, null, required);
    }

    /** Text checked by the rule of its type ({@link FieldRules}); spaces only are no value, or a problem if required. */
    String text(String field, FieldType type, boolean required) {
        Object value = value(field);
        if (value == null) {
            if (required) {
                problem(field, FieldRules.REQUIRED);
            }
            return null;
        }
        if (!(value instanceof String s)) {
            problem(field, "must be text, not " + describe(value));
            return null;
        }
        String text = s.strip();
        if (text.isEmpty()) {
            String blank = FieldRules.blank(s, required);
            if (blank != null) {
                problem(field, blank);
            }
            return null;
        }
        String wrong = type == null ? FieldRules.problem(field, text) : FieldRules.problem(type, text);
        if (wrong != null) {
            problem(field, wrong);
            return null;
        }
        return text;
    }

    /** A global id of the given kind: {@code kind-prefix:slug}. */
    String id(String field, EntityKind kind) {
        String id = text(field, true);
        if (id == null) {
            return null;
        }
        String prefix = kind.prefix() + ":";
        if (!id.startsWith(prefix) || !SLUG.matcher(id.substring(prefix.length())).matches()) {
            problem(field, "'" + id + "' is not a valid " + kind.label() + " id: write " + prefix
                    + " followed by letters, digits, dots, dashes or underscores");
            return null;
        }
        return id;
    }

    /** An id that must refer to something of one of the given kinds; whether it exists is checked later. */
    String reference(String field, boolean required, Set<EntityKind> kinds) {
        String id = text(field, required);
        if (id == null) {
            return null;
        }
        if (kinds.contains(EntityKind.DISTRICT) && ONS_CODE.matcher(id).matches()) {
            id = "district:" + id;
        }
        String wrong = ReferenceRule.problem(id, kinds);
        if (wrong != null) {
            problem(field, wrong);
            return null;
        }
        return id;
    }

    String enumValue(String field, Class<? extends Enum<?>> type, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        if (Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(text))) {
            problem(field, "'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name()).collect(Collectors.joining(", ")));
            return null;
        }
        return text;
    }

    PartialDate date(String field) {
        return date(field, false);
    }

    PartialDate date(String field, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        }
        catch (IllegalArgumentException ex) {
            problem(field, ex.getMessage());
            return null;
        }
    }

    /** Reads validFrom and validTo, and checks they are in order. */
    PartialDate[] period() {
        PartialDate from = date("validFrom");
        PartialDate to = date("validTo");
        if (from != null && to != null && to.last().isBefore(from.first())) {
            problem("validTo", "ends (" + to.text() + ") before it starts (" + from.text() + ")");
        }
        return new PartialDate[] { from, to };
    }

    Boolean bool(String field) {
        Object value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.valueOf(s);
        }
        problem(field, "must be true or false, not " + describe(value));
        return null;
    }

    Long integer(String field, boolean required, long min, long max) {
        Object value = value(field);
        if (value == null) {
            if (required) {
                problem(field, FieldRules.REQUIRED);
            }
            return null;
        }
        long number;
        if (value instanceof Number n && n.doubleValue() == n.longValue()) {
            number = n.longValue();
        }
        else if (value instanceof String s && s.strip().matches("-?\\d{1,18}")) {
            number = Long.parseLong(s.strip());
        }
        else {
            problem(field, "must be a whole number, not " + describe(value));
            return null;
        }
        String outside = FieldRules.range(number, min, max);
        if (outside != null) {
            problem(field, outside);
            return null;
        }
        return number;
    }

    List<String> texts(String field) {
        Object value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            problem(field, "must be a list of texts");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Object item : list) {
            texts.add(((String) item).strip());
        }
        return texts;
    }

    private static String describe(Object value) {
        return switch (value) {
            case String s -> "the text '" + s + "'";
            case Number n -> "the number " + n;
            case Boolean b -> "the value " + b;
            case List<?> l -> "a list";
            case Map<?, ?> m -> "an object";
            default -> String.valueOf(value);
        };
    }
}
