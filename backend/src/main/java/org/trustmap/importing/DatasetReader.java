package org.trustmap.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;
import org.trustmap.importing.Dataset.EntityRow;
import org.trustmap.importing.Dataset.LinkRow;
import org.trustmap.importing.Dataset.PostcodeRow;
import org.trustmap.fields.FieldType;
import org.trustmap.importing.FileFormat.Section;
import org.trustmap.network.PartialDate;
import org.trustmap.network.RelationType;

/**
 * Reads an authority's network files into a {@link Dataset}, checking every field on the way
 * (types, allowed values, dates). Checks that need the whole dataset, such as references, are in
 * {@link DatasetChecks}.
 */
final class DatasetReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final DatasetLocation location;
    private final Problems problems;
    private final List<EntityRow> entities = new ArrayList<>();
    private final List<LinkRow> links = new ArrayList<>();
    private final List<PostcodeRow> postcodes = new ArrayList<>();
    private final List<Map<String, Object>> sources = new ArrayList<>();
    private String authorityId;

    DatasetReader(DatasetLocation location, Problems problems) {
        this.location = location;
        this.problems = problems;
    }

    /** @return the dataset, or null when network.json itself cannot be read (the problem is recorded) */
    Dataset read() {
        Map<String, Object> document = readManifest();
        if (document == null) {
            return null;
        }
        String file = DatasetLocation.MANIFEST;
        FieldReader top = new FieldReader(file, "$", document, problems, FileFormat.TOP_LEVEL_FIELDS);
        if (!FileFormat.FORMAT.equals(document.get("format"))) {
            top.problem("format", "must be \"" + FileFormat.FORMAT + "\"");
        }
        Object version = document.get("formatVersion");
        if (!(version instanceof Number n) || n.intValue() != FileFormat.VERSION) {
            top.problem("formatVersion", "must be " + FileFormat.VERSION + " (this trustmap reads version "
                    + FileFormat.VERSION + "), not " + version);
        }
        top.text("description", false);
        readAuthority(document.get("authority"));
        readSources(document.get("sources"));
        for (Section section : FileFormat.JSON_SECTIONS) {
            for (var item : array(document, section.name())) {
                readEntity(section, new FieldReader(file, item.getKey(), item.getValue(), problems, section.fieldNames()));
            }
        }
        for (var item : array(document, "relations")) {
            readRelation(new FieldReader(file, item.getKey(), item.getValue(), problems, FileFormat.RELATION_FIELDS));
        }
        new CsvFiles(location, problems, this, links, postcodes).read(document.get("files"));
        return new Dataset(authorityId, entities, links, postcodes, sources);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> readManifest() {
        try (Reader reader = location.open(DatasetLocation.MANIFEST)) {
            Object value = JSON.readValue(reader, Object.class);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            problems.add(DatasetLocation.MANIFEST, "$", null, "must be a JSON object");
        }
        catch (NoSuchFileException ex) {
            problems.add(DatasetLocation.MANIFEST, null, null, "not found in " + location);
        }
        catch (JacksonException ex) {
            var at = ex.getLocation();
            problems.add(DatasetLocation.MANIFEST, at == null ? null : "line " + at.getLineNr() + " column "
                    + at.getColumnNr(), null, "is not valid JSON: " + ex.getOriginalMessage());
        }
        catch (IOException ex) {
            problems.add(DatasetLocation.MANIFEST, null, null, "cannot be read: " + ex.getMessage());
        }
        return null;
    }

    /** The objects of a top-level array, each with its JSON path. */
    @SuppressWarnings("unchecked")
    private List<Map.Entry<String, Map<String, Object>>> array(Map<String, Object> document, String name) {
        Object value = document.get(name);
        List<Map.Entry<String, Map<String, Object>>> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(DatasetLocation.MANIFEST, "$." + name, null, "must be a list");
            return items;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "$." + name + "[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> map) {
                items.add(Map.entry(path, (Map<String, Object>) map));
            }
            else {
                problems.add(DatasetLocation.MANIFEST, path, null, "must be an object");
            }
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private void readAuthority(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(DatasetLocation.MANIFEST, "$.authority", null, "is required: the authority this network belongs to");
            return;
        }
        Section section = FileFormat.AUTHORITY_SECTION;
        FieldReader reader = new FieldReader(DatasetLocation.MANIFEST, "$.authority", (Map<String, Object>) map,
                problems, section.fieldNames());
        EntityRow row = readEntity(section, reader);
        if (row != null) {
            String ons = (String) row.properties().get("onsCode");
            if (ons != null && !row.id().equals("authority:" + ons)) {
                reader.problem("id", "must be authority:" + ons + ", from its ONS code");
            }
            authorityId = row.id();
        }
    }

    private void readSources(Object value) {
        if (value == null) {
            return;
        }
        for (var item : array(Map.of("sources", value), "sources")) {
            FieldReader r = new FieldReader(DatasetLocation.MANIFEST, item.getKey(), item.getValue(), problems,
                    FileFormat.SOURCE_FIELDS);
            String id = r.text("id", true);
            String title = r.text("title", true);
            String url = url(r, "url");
            if (!r.failed()) {
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("id", id);
                source.put("title", title);
                source.put("url", url);
                source.put("location", r.location());
                sources.add(source);
            }
        }
    }

    /** Reads one entity by its section's field list; null when its id is unusable. */
    EntityRow readEntity(Section section, FieldReader r) {
        EntityRow row = EntityReader.read(section.kind(), section.fields(), r, links);
        if (row != null) {
            entities.add(row);
        }
        return row;
    }

    private void readRelation(FieldReader r) {
        String type = r.enumValue("type", RelationType.class, true);
        String from = r.text("from", true);
        String to = r.text("to", true);
        PartialDate[] period = r.period();
        Map<String, Object> props = new LinkedHashMap<>();
        putDates(props, period);
        String basis = r.text("basis", false);
        if ("DUTY_TO_COOPERATE".equals(type) && basis == null) {
            r.problem("basis", "is required for a duty to co-operate: the law it comes from, e.g. Children Act 2004 s10");
        }
        put(props, "basis", basis);
        put(props, "derived", r.bool("derived"));
        put(props, "source", r.text("source", false));
        put(props, "note", r.text("note", false));
        if (type != null && from != null && to != null) {
            links.add(new LinkRow(type, from, to, props, r.file(), r.location(), null, null));
        }
    }

    private static String url(FieldReader r, String field) {
        return r.text(field, FieldType.WEB_ADDRESS, false);
    }

    static void putDates(Map<String, Object> props, PartialDate[] period) {
        if (period[0] != null) {
            props.put("validFrom", period[0].text());
            props.put("validFromDate", period[0].first());
        }
        if (period[1] != null) {
            props.put("validTo", period[1].text());
            props.put("validToDate", period[1].last());
        }
    }

    private static void put(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }
}
