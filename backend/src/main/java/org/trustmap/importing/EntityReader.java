package org.trustmap.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trustmap.fields.EntityField;
import org.trustmap.importing.Dataset.EntityRow;
import org.trustmap.importing.Dataset.LinkRow;
import org.trustmap.network.EntityKind;
import org.trustmap.network.PartialDate;
import org.trustmap.rules.ReferenceData;

/**
 * Reads one entity's record field by field, each by the rule of its type in the fields catalogue: the one reading
 * of a record that the import (every section, JSON or CSV) and the spreadsheet of seats ({@link SheetRow}) share.
 */
final class EntityReader {

    private EntityReader() {
    }

    /**
     * @param links where each reference field's relationship is added, to be checked once every row is read
     * @return the entity, or null when its id is unusable (the problem is recorded)
     */
    static EntityRow read(EntityKind kind, List<EntityField> fields, FieldReader r, List<LinkRow> links) {
        Map<String, Object> props = new LinkedHashMap<>();
        String id;
        if (kind == EntityKind.SCHOOL) {
            Long urn = r.integer("urn", true, 100000, 999999);
            id = urn == null ? null : "school:" + urn;
        }
        else {
            id = r.id("id", kind);
        }
        for (EntityField field : fields) {
            if (field.name().equals("id")) {
                continue;
            }
            Object value = switch (field.type()) {
                case ENUM -> r.enumValue(field.name(), field.values(), field.required());
                case BOOLEAN -> r.bool(field.name());
                case INTEGER -> r.integer(field.name(), field.required(), field.min(), field.max());
                case TEXT_LIST -> {
                    List<String> texts = r.texts(field.name());
                    yield texts.isEmpty() ? null : texts;
                }
                case DATE -> date(field, r, props);
                case ID, NAME, TEXT, EMAIL, PHONE, WEB_ADDRESS, POSTCODE -> r.text(field.name(), field.type(),
                        field.required());
                case REFERENCE -> {
                    String target = r.reference(field.name(), field.required(), field.targets());
                    if (target != null && id != null) {
                        String from = field.incoming() ? target : id;
                        String to = field.incoming() ? id : target;
                        links.add(new LinkRow(field.relation(), from, to, Map.of(), r.file(), r.location(),
                                field.name(), field.targets()));
                    }
                    yield null;
                }
            };
            if (value != null) {
                props.put(field.name(), value);
            }
        }
        if (props.get("validFromDate") instanceof LocalDate from && props.get("validToDate") instanceof LocalDate to
                && to.isBefore(from)) {
            r.problem("validTo", "ends (" + props.get("validTo") + ") before it starts (" + props.get("validFrom") + ")");
        }
        if (kind == EntityKind.BODY && props.get("kind") != null) {
            String wrong = ReferenceData.notASchoolKind(props.get("kind").toString());
            if (wrong != null) {
                r.problem("kind", wrong);
            }
        }
        return id == null ? null : new EntityRow(kind, id, r.file(), r.location(), props);
    }

    /** A date as written, with its first (validFrom) or last (validTo) day beside it for comparisons. */
    private static String date(EntityField field, FieldReader r, Map<String, Object> props) {
        PartialDate date = r.date(field.name(), field.required());
        if (date == null) {
            return null;
        }
        if (field.name().equals("validFrom")) {
            props.put("validFromDate", date.first());
        }
        if (field.name().equals("validTo")) {
            props.put("validToDate", date.last());
        }
        return date.text();
    }
}
