package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema and what the importer actually reads must not drift apart. */
@Tag("fast")
class FileFormatSchemaTest {

    final JsonNode schema = JsonMapper.builder().build()
            .readTree(Path.of("..", "schema", "import", "network.schema.json").toFile());

    // Its enums' values are checked against the Java enums with their GraphQL copies, in SchemaEnumsTest.

    @Test
    void theSchemaDescribesTheSameFieldsAsTheCode() {
        JsonNode properties = schema.get("properties");
        assertThat(names(properties)).isEqualTo(new TreeSet<>(FileFormat.TOP_LEVEL_FIELDS));
        assertThat(names(properties.get("authority").get("properties")))
                .isEqualTo(new TreeSet<>(FileFormat.AUTHORITY_SECTION.fieldNames()));
        for (var section : FileFormat.JSON_SECTIONS) {
            assertThat(names(properties.get(section.name()).get("items").get("properties"))).as(section.name())
                    .isEqualTo(new TreeSet<>(section.fieldNames()));
        }
        assertThat(names(properties.get("relations").get("items").get("properties")))
                .isEqualTo(new TreeSet<>(FileFormat.RELATION_FIELDS));
        assertThat(names(properties.get("files").get("properties"))).isEqualTo(new TreeSet<>(FileFormat.FILE_KEYS));
    }

    @Test
    void theSchemaRequiresTheFieldsTheCodeRequires() {
        JsonNode properties = schema.get("properties");
        assertThat(names(properties.get("authority").get("required"))).isEqualTo(required(FileFormat.AUTHORITY_SECTION));
        for (var section : FileFormat.JSON_SECTIONS) {
            assertThat(names(properties.get(section.name()).get("items").get("required"))).as(section.name())
                    .isEqualTo(required(section));
        }
    }

    private static Set<String> required(FileFormat.Section section) {
        return section.fields().stream().filter(org.trustmap.fields.EntityField::required)
                .map(org.trustmap.fields.EntityField::name).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(JsonNode node) {
        return node.isArray() ? new TreeSet<>(node.valueStream().map(JsonNode::asString).toList())
                : new TreeSet<>(node.propertyNames());
    }
}
