package org.trustmap.editing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trustmap.fields.EntityField;
import org.trustmap.network.ContactConsent;
import org.trustmap.network.PartialDate;
import org.trustmap.rules.FieldRules;

/**
 * The plain fields of one create or update input, each checked by the rule of its type in the fields catalogue
 * (the import's, {@link FieldRules}) and turned into the properties to store. Problems go to the change's list,
 * each naming its input field.
 */
final class EditedFields {

    private final LocalDate today;
    private final List<FieldProblem> problems;

    EditedFields(LocalDate today, List<FieldProblem> problems) {
        this.today = today;
        this.problems = problems;
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /**
     * Checks the plain fields given, each by the rule of its type in the fields catalogue (the import's), and
     * returns them as properties (dates with their day bounds). A blank optional text or date is no value: on an
     * update it removes the one stored.
     */
    Map<String, Object> read(EditSpec spec, Map<String, Object> input, Map<String, Object> before, boolean creating) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (EntityField field : creating ? spec.fields() : spec.fields().stream()
                .filter(f -> spec.updatable().contains(f.name())).toList()) {
            String name = field.name();
            boolean given = input.containsKey(name) && input.get(name) != null;
            if (!given) {
                if (creating && field.required()) {
                    problem(name, FieldRules.REQUIRED);
                }
                continue;
            }
            Object value = input.get(name);
            switch (field.type()) {
                case DATE -> date(field, value, creating, props);
                // The yes/no and the level are one fact, given either way.
                case BOOLEAN, ENUM -> {
                    if (name.equals("contactConsent") || name.equals("contactConsentLevel")) {
                        consent(name, value, input, props);
                    }
                    else {
                        props.put(name, value);
                    }
                }
                case INTEGER -> {
                    long number = ((Number) value).longValue();
                    String outside = FieldRules.range(number, field.min(), field.max());
                    if (outside != null) {
                        problem(name, outside);
                    }
                    else {
                        props.put(name, number);
                    }
                }
                default -> text(field, value, creating, props);
            }
        }
        Object from = props.containsKey("validFromDate") ? props.get("validFromDate") : before.get("validFromDate");
        Object to = props.containsKey("validToDate") ? props.get("validToDate") : before.get("validToDate");
        if (from instanceof LocalDate f && to instanceof LocalDate t && t.isBefore(f)) {
            problem(props.containsKey("validTo") ? "validTo" : "validFrom", "ends ("
                    + (props.containsKey("validTo") ? props.get("validTo") : before.get("validTo")) + ") before it starts ("
                    + (props.containsKey("validFrom") ? props.get("validFrom") : before.get("validFrom")) + ")");
        }
        return props;
    }

    /**
     * The consent level, recorded with today's date; the yes/no {@code contactConsent} is the level PUBLISHED
     * or NONE, and kept true exactly when the level is PUBLISHED (see {@link ContactConsent}).
     */
    private void consent(String name, Object value, Map<String, Object> input, Map<String, Object> props) {
        Object yesNo = input.get("contactConsent");
        Object level = input.get("contactConsentLevel");
        if (name.equals("contactConsent") && level != null) {
            if (Boolean.TRUE.equals(yesNo) != "PUBLISHED".equals(level.toString())) {
                problem("contactConsent", "says " + yesNo + " but contactConsentLevel says " + level
                        + "; give contactConsentLevel alone");
            }
            return;
        }
        String chosen = name.equals("contactConsentLevel") ? value.toString()
                : Boolean.TRUE.equals(value) ? ContactConsent.PUBLISHED.name() : ContactConsent.NONE.name();
        props.put("contactConsentLevel", chosen);
        props.put("contactConsent", ContactConsent.PUBLISHED.name().equals(chosen) ? Boolean.TRUE : null);
        props.put("contactConsentDate", today.toString());
    }

    /** Checks a date by the import's rule, stored with its first (validFrom) or last day; blank as text is. */
    private void date(EntityField field, Object value, boolean creating, Map<String, Object> props) {
        String name = field.name();
        String raw = value.toString();
        String text = raw.strip();
        if (text.isEmpty()) {
            String wrong = FieldRules.blank(raw, field.required());
            if (wrong != null) {
                problem(name, wrong);
            }
            else if (!creating) {
                props.put(name, null);
                props.put(name + "Date", null);
            }
            return;
        }
        try {
            PartialDate date = PartialDate.parse(text);
            props.put(name, date.text());
            props.put(name + "Date", name.equals("validFrom") ? date.first() : date.last());
        }
        catch (IllegalArgumentException ex) {
            problem(name, ex.getMessage());
        }
    }

    /** Checks text by the same field rules as import. */
    private void text(EntityField field, Object value, boolean creating, Map<String, Object> props) {
        String raw = value.toString();
        String text = raw.strip();
        String wrong = text.isEmpty() ? FieldRules.blank(raw, field.required()) : FieldRules.problem(field.type(), text);
        if (wrong != null) {
            problem(field.name(), wrong);
        }
        else if (!text.isEmpty()) {
            props.put(field.name(), text);
        }
        else if (!creating) {
            props.put(field.name(), null);
        }
    }
}
