package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PopoloExportTest {

    @Autowired
    NetworkImporter importer;

    @Autowired
    PopoloExporter popolo;

    @TempDir
    Path folder;

    @AfterEach
    void removeTestshire() {
        importer.remove("authority:E10999999");
    }

    @Test
    void writesPersonsOrganizationsPostsAndMembershipsWithContactsOnlyWhereConsented() throws IOException {
        for (String file : List.of("network.json", "bodies.csv", "schools.csv", "school-clusters.csv", "postcodes.csv")) {
            Files.copy(new ClassPathResource("datasets/testshire/" + file).getInputStream(), folder.resolve(file));
        }
        importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE);
        Path file = folder.resolve("popolo.json");

        popolo.export("authority:E10999999", file);

        JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(json.get("persons")).hasSize(3);
        assertThat(json.get("persons").get(0).get("email").asString()).isEqualTo("ada@example.org");
        assertThat(json.get("persons").get(1).has("email")).as("Ben gave no consent").isFalse();
        assertThat(json.get("persons").get(1).has("contact_details")).isFalse();
        assertThat(json.get("organizations").valueStream().map(o -> o.get("id").asString()).toList())
                .contains("partnership:testshire-board", "body:testshire-cvs", "school:900001");
        JsonNode membership = json.get("memberships").valueStream()
                .filter(m -> m.get("id").asString().equals("membership:board-vcs-ada")).findFirst().orElseThrow();
        assertThat(membership.get("person_id").asString()).isEqualTo("person:ada-example");
        assertThat(membership.get("post_id").asString()).isEqualTo("post:testshire-board-vcs");
        assertThat(membership.get("organization_id").asString()).isEqualTo("partnership:testshire-board");
        assertThat(membership.get("on_behalf_of_id").asString()).isEqualTo("body:testshire-cvs");
        assertThat(membership.get("start_date").asString()).isEqualTo("2010-04");
        assertThat(membership.get("sources").get(0).get("url").asString()).isEqualTo("https://example.org/testshire");
    }
}
