package org.trustmap.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trustmap.fields.Catalogue;
import org.trustmap.fields.Use;
import org.trustmap.importing.Dataset.EntityRow;
import org.trustmap.importing.Dataset.LinkRow;
import org.trustmap.network.EntityKind;

/**
 * One row of a spreadsheet in the import format's columns for one kind of entity, read alone by the import's own
 * field rules ({@link EntityReader}): the seat update's rows are refused for exactly what an import would refuse.
 * What needs the graph (whether a reference exists, whose network it is in, whether the source is listed) is
 * left to the caller.
 *
 * @param id         the entity's id, or null when it is unusable
 * @param properties the plain fields as they would be stored (dates with their day bounds)
 * @param references each reference field given, by name, with the id it names
 * @param problems   "field: message" for each problem, in the columns' order
 */
public record SheetRow(String id, Map<String, Object> properties, Map<String, String> references,
        List<String> problems) {

    /**
     * @param columns the columns the sheet may have: a subset of the kind's file fields; the others are no value
     * @param values  the row's cells by column (empty or absent: no value)
     */
    public static SheetRow read(EntityKind kind, Set<String> columns, String location, Map<String, String> values) {
        Problems found = new Problems();
        FieldReader reader = new FieldReader("csv", location, new LinkedHashMap<>(values), found, columns);
        List<LinkRow> links = new ArrayList<>();
        EntityRow row = EntityReader.read(kind, Catalogue.of(kind, Use.FILE).stream()
                .filter(f -> columns.contains(f.name())).toList(), reader, links);
        Map<String, String> references = new LinkedHashMap<>();
        for (LinkRow link : links) {
            references.put(link.field(), row != null && link.from().equals(row.id()) ? link.to() : link.from());
        }
        List<String> problems = found.listed().stream()
                .map(p -> p.field() == null ? p.message() : p.field() + ": " + p.message()).toList();
        return new SheetRow(row == null ? null : row.id(), row == null ? Map.of() : row.properties(), references,
                problems);
    }
}
