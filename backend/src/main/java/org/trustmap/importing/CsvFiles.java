package org.trustmap.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.trustmap.fields.EntityField;
import org.trustmap.fields.FieldType;
import org.trustmap.importing.Dataset.EntityRow;
import org.trustmap.importing.Dataset.LinkRow;
import org.trustmap.importing.Dataset.PostcodeRow;
import org.trustmap.importing.FileFormat.Section;
import org.trustmap.network.EntityKind;
import org.trustmap.rules.ReferenceData;

/**
 * The CSV files a network file names in {@code files} (bodies, schools, school clusters, postcodes), each
 * row read by its section's fields with the same {@link FieldReader} as the JSON sections, its problems
 * named by file and line.
 */
final class CsvFiles {

    private final DatasetLocation location;
    private final Problems problems;
    private final DatasetReader entities;
    private final List<LinkRow> links;
    private final List<PostcodeRow> postcodes;

    /**
     * @param entities reads a row as an entity of its section (adding it to the dataset)
     */
    CsvFiles(DatasetLocation location, Problems problems, DatasetReader entities, List<LinkRow> links,
            List<PostcodeRow> postcodes) {
        this.location = location;
        this.problems = problems;
        this.entities = entities;
        this.links = links;
        this.postcodes = postcodes;
    }

    @SuppressWarnings("unchecked")
    void read(Object files) {
        if (files == null) {
            return;
        }
        if (!(files instanceof Map<?, ?> map)) {
            problems.add(DatasetLocation.MANIFEST, "$.files", null, "must be an object naming the CSV files");
            return;
        }
        FieldReader r = new FieldReader(DatasetLocation.MANIFEST, "$.files", (Map<String, Object>) map, problems,
                FileFormat.FILE_KEYS);
        String bodies = r.text("bodies", false);
        String schools = r.text("schools", false);
        String clusters = r.text("schoolClusters", false);
        String codes = r.text("postcodes", false);
        if (bodies != null) {
            readEntities(bodies, FileFormat.BODIES);
        }
        if (schools != null) {
            readEntities(schools, FileFormat.SCHOOLS);
        }
        if (clusters != null) {
            readSchoolClusters(clusters);
        }
        if (codes != null) {
            readPostcodes(codes);
        }
    }

    private CsvTable table(String fileName, List<String> columns) {
        return table(fileName, columns, Set.of());
    }

    /** @param optional columns the header may leave out (the others in order) */
    private CsvTable table(String fileName, List<String> columns, Set<String> optional) {
        try (Reader reader = location.open(fileName)) {
            CsvTable table = CsvTable.read(fileName, reader);
            List<String> expected = columns.stream().filter(c -> !optional.contains(c) || table.header().contains(c))
                    .toList();
            if (!table.header().equals(expected)) {
                problems.add(fileName, "line 1", null, "the header must be " + String.join(",", columns) + " but is "
                        + String.join(",", table.header()));
                return null;
            }
            return table;
        }
        catch (NoSuchFileException ex) {
            problems.add(DatasetLocation.MANIFEST, "$.files", null, fileName + " is named but not found next to it");
        }
        catch (IOException ex) {
            problems.add(fileName, null, null, "cannot be read: " + ex.getMessage());
        }
        return null;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void readEntities(String fileName, Section section) {
        List<String> columns = section.fields().stream().map(EntityField::name).toList();
        CsvTable table = table(fileName, columns, section == FileFormat.SCHOOLS ? FileFormat.LATER_SCHOOL_COLUMNS
                : Set.of());
        if (table == null) {
            return;
        }
        for (CsvTable.Record record : table.records()) {
            FieldReader r = new FieldReader(fileName, record.location(), (Map) record.values(), problems,
                    section.fieldNames());
            EntityRow row = entities.readEntity(section, r);
            if (row != null && section.kind() == EntityKind.SCHOOL) {
                completeSchool(row, r);
            }
        }
    }

    /** Schools are bodies too: their kind and sector follow from their type. */
    private void completeSchool(EntityRow row, FieldReader r) {
        Map<String, Object> props = row.properties();
        props.put("kind", ReferenceData.schoolKind((String) props.get("type")));
        props.put("sector", ReferenceData.SCHOOL_SECTOR);
        Object postcode = props.get("postcode");
        if (props.get("town") instanceof String town) {
            props.put("townKey", org.trustmap.geography.PlaceNames.key(town));
        }
        props.put("searchText", "URN " + props.get("urn") + (postcode == null ? "" : " " + postcode)
                + (props.get("town") == null ? "" : " " + props.get("town")));
    }

    private void readSchoolClusters(String fileName) {
        eachRow(fileName, FileFormat.SCHOOL_CLUSTER_COLUMNS, (r, record) -> {
            Long urn = r.integer("urn", true, 100000, 999999);
            String cluster = r.reference("cluster", true, Set.of(EntityKind.SCHOOL_CLUSTER));
            Map<String, Object> props = new LinkedHashMap<>();
            DatasetReader.putDates(props, r.period());
            if (urn != null && cluster != null) {
                links.add(new LinkRow("IN_CLUSTER", "school:" + urn, cluster, props, fileName, record.location(), "urn",
                        Set.of(EntityKind.SCHOOL_CLUSTER)));
            }
        });
    }

    private void readPostcodes(String fileName) {
        eachRow(fileName, FileFormat.POSTCODE_COLUMNS, (r, record) -> {
            String code = r.text("postcode", FieldType.POSTCODE, true);
            String district = r.text("district", true);
            Long easting = r.integer("easting", false, 0, 700000);
            Long northing = r.integer("northing", false, 0, 1300000);
            if (!r.failed()) {
                postcodes.add(new PostcodeRow(normalisePostcode(code), "district:" + district, easting, northing,
                        fileName, record.location()));
            }
        });
    }

    /** Each row of a file that has exactly these columns, read through a FieldReader; nothing when it is absent. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void eachRow(String fileName, List<String> columns, BiConsumer<FieldReader, CsvTable.Record> row) {
        CsvTable table = table(fileName, columns);
        if (table == null) {
            return;
        }
        Set<String> fields = Set.copyOf(columns);
        for (CsvTable.Record record : table.records()) {
            row.accept(new FieldReader(fileName, record.location(), (Map) record.values(), problems, fields), record);
        }
    }

    /** Upper case with one space before the inward code: "gu513aa" becomes "GU51 3AA". */
    static String normalisePostcode(String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase();
        return compact.length() < 5 ? compact : compact.substring(0, compact.length() - 3) + " "
                + compact.substring(compact.length() - 3);
    }
}
