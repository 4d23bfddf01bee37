package org.trustmap.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.trustmap.fields.EntityField;
import org.trustmap.fields.FieldType;
import org.trustmap.fields.Readers;
import org.trustmap.importing.FileFormat.Section;
import org.trustmap.network.RelationType;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an authority's network back out in the import format, so that importing the export gives the
 * same graph. Everything is sorted, so exporting the same graph twice gives the same files.
 */
@Service
public class NetworkExporter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Driver driver;

    public NetworkExporter(Driver driver) {
        this.driver = driver;
    }

    /** @throws IllegalArgumentException when no network of that authority is in the graph */
    public void export(String authorityId, Path folder) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FileFormat.FORMAT);
        document.put("formatVersion", FileFormat.VERSION);
        List<Map<String, Object>> authority = read(FileFormat.AUTHORITY_SECTION, authorityId);
        if (authority.isEmpty()) {
            throw new IllegalArgumentException("No network of " + authorityId + " is in the graph");
        }
        document.put("authority", authority.getFirst());
        document.put("sources", sources(authorityId));
        for (Section section : FileFormat.JSON_SECTIONS) {
            document.put(section.name(), read(section, authorityId));
        }
        document.put("relations", relations(authorityId));
        document.put("files", Map.of("bodies", "bodies.csv", "schools", "schools.csv", "schoolClusters",
                "school-clusters.csv", "postcodes", "postcodes.csv"));
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(folder.resolve(DatasetLocation.MANIFEST), StandardCharsets.UTF_8)) {
                JSON.writeValue(out, document);
            }
            writeCsv(folder.resolve("bodies.csv"), FileFormat.BODIES, read(FileFormat.BODIES, authorityId));
            writeCsv(folder.resolve("schools.csv"), FileFormat.SCHOOLS, read(FileFormat.SCHOOLS, authorityId));
            writeCsv(folder.resolve("school-clusters.csv"), FileFormat.SCHOOL_CLUSTER_COLUMNS, schoolClusters(authorityId));
            writeCsv(folder.resolve("postcodes.csv"), FileFormat.POSTCODE_COLUMNS, postcodes(authorityId));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the export to " + folder, ex);
        }
    }

    /** The rows of one section: the node's fields, with references read back from relationships. */
    private List<Map<String, Object>> read(Section section, String authorityId) {
        String label = section.kind().label();
        StringBuilder returns = new StringBuilder("n {.*}");
        for (EntityField field : section.fields()) {
            if (field.type() == FieldType.REFERENCE) {
                String pattern = field.incoming() ? "(n)<-[:" + field.relation() + "]-(x)"
                        : "(n)-[:" + field.relation() + "]->(x)";
                returns.append(", head([").append(pattern).append(" | x.id]) AS ").append(field.name());
            }
        }
        String match = section == FileFormat.AUTHORITY_SECTION ? "MATCH (n:Authority {id: $dataset})"
                : section == FileFormat.BODIES ? "MATCH (n:Body {dataset: $dataset}) WHERE NOT n:School"
                        : "MATCH (n:" + label + " {dataset: $dataset})";
        String query = match + " RETURN " + returns + " ORDER BY n.id";
        return driver.executableQuery(query).withParameters(Map.of("dataset", authorityId)).execute().records().stream()
                .map(record -> {
                    Map<String, Object> node = record.get(0).asMap(FileFormatValues::plain);
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (EntityField field : section.fields()) {
                        Object value = field.type() == FieldType.REFERENCE
                                ? nullable(record.get(field.name()))
                                : node.get(field.name());
                        if (field.name().equals("district") && value instanceof String s && section == FileFormat.SCHOOLS) {
                            value = s.substring("district:".length());
                        }
                        // A relay-only address is for forwarding messages, never for export.
                        if (field.readers() == Readers.CONSENTED && "RELAY_ONLY".equals(node.get("contactConsentLevel"))) {
                            continue;
                        }
                        if (value != null) {
                            row.put(field.name(), value);
                        }
                    }
                    return row;
                }).toList();
    }

    private List<Map<String, Object>> sources(String authorityId) {
        return driver.executableQuery("""
                CALL () {
                  MATCH (n:Entity {dataset: $dataset}) WHERE n.source IS NOT NULL RETURN DISTINCT n.source AS id
                  UNION
                  MATCH (:Entity {dataset: $dataset})-[r]->() WHERE r.dataset = $dataset AND r.source IS NOT NULL
                  RETURN DISTINCT r.source AS id
                  UNION
                  // Every source the file declared, the postcodes' among them (postcodes carry no source of their own).
                  MATCH (a:Authority {id: $dataset}) UNWIND coalesce(a.sourceIds, []) AS id RETURN id
                }
                MATCH (s:Source {id: id})
                RETURN s {.id, .title, .url} AS source ORDER BY s.id
                """).withParameters(Map.of("dataset", authorityId)).execute().records().stream()
                .map(r -> withoutNulls(r.get("source").asMap(FileFormatValues::plain))).toList();
    }

    private List<Map<String, Object>> relations(String authorityId) {
        List<String> types = Arrays.stream(RelationType.values()).map(Enum::name).toList();
        return driver.executableQuery("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE r.dataset = $dataset AND type(r) IN $types
                RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
                ORDER BY type, from, to, props.validFrom
                """).withParameters(Map.of("dataset", authorityId, "types", types)).execute().records().stream()
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("type", r.get("type").asString());
                    row.put("from", r.get("from").asString());
                    row.put("to", r.get("to").asString());
                    Map<String, Object> props = new TreeMap<>(r.get("props").asMap(FileFormatValues::plain));
                    for (String key : FileFormat.RELATION_FIELDS) {
                        if (props.containsKey(key) && !row.containsKey(key)) {
                            row.put(key, props.get(key));
                        }
                    }
                    return row;
                }).toList();
    }

    private List<Map<String, Object>> schoolClusters(String authorityId) {
        return driver.executableQuery("""
                MATCH (s:School {dataset: $dataset})-[r:IN_CLUSTER]->(c:SchoolCluster)
                RETURN s.urn AS urn, c.id AS cluster, r.validFrom AS validFrom, r.validTo AS validTo
                ORDER BY urn, r.validFrom
                """).withParameters(Map.of("dataset", authorityId)).execute().records().stream()
                .map(r -> r.asMap(FileFormatValues::plain)).toList();
    }

    private List<Map<String, Object>> postcodes(String authorityId) {
        return driver.executableQuery("""
                MATCH (p:Postcode {dataset: $dataset})
                RETURN p.code AS postcode, substring(p.district, size('district:')) AS district,
                       p.easting AS easting, p.northing AS northing
                ORDER BY postcode
                """).withParameters(Map.of("dataset", authorityId)).execute().records().stream()
                .map(r -> r.asMap(FileFormatValues::plain)).toList();
    }

    private static void writeCsv(Path file, Section section, List<Map<String, Object>> rows) throws IOException {
        writeCsv(file, section.fields().stream().map(EntityField::name).toList(), rows);
    }

    private static void writeCsv(Path file, List<String> columns, List<Map<String, Object>> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(CsvTable.line(columns));
        for (Map<String, Object> row : rows) {
            lines.add(CsvTable.line(columns.stream().map(row::get).toList()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Object nullable(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
