package org.trustmap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.trustmap.importing.DatasetLocation;
import org.trustmap.importing.ImportProblem;
import org.trustmap.importing.ImportProgress;
import org.trustmap.importing.InvalidDatasetException;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.support.GraphFingerprint;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each rule of the one rule set is refused on import and on the matching change with the same message,
 * and nothing is written either way. The network is Testshire with a police force that ended in 2012 and
 * a primary care trust succeeded by a commissioning group on 2013-04-01.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesOverTimeTest {

    static final String TESTSHIRE = "authority:E10999999";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    NetworkImporter importer;

    @TempDir
    Path temp;

    GraphQlHttp graphQl;

    @BeforeEach
    void importTheBase() throws IOException {
        graphQl = new GraphQlHttp(port);
        importer.importDataset(DatasetLocation.of(variant("base", network -> { }).toString()), ImportProgress.NONE);
    }

    @AfterAll
    static void removeTestshire(@Autowired NetworkImporter importer) {
        importer.remove(TESTSHIRE);
    }

    // ---------------------------------------------------------------------------------------- the rules

    @Test
    void aOneHolderSeatHeldTwiceAtOnce() throws IOException {
        String message = "post:testshire-board-chair already held by person:cat-specimen from 2008 on"
                + " (membership:board-chair-cat)";
        assertThat(refusedImport(network -> memberships(network).add(membership("membership:chair-ada",
                "person:ada-example", "post:testshire-board-chair", "2015", null, null))))
                .contains("network.json $.memberships[3], field validFrom: " + message);
        assertThat(refusedChange("appointMember", """
                person: "person:ada-example", post: "post:testshire-board-chair", validFrom: "2015"
                """)).containsExactly("validFrom: " + message);
    }

    @Test
    void partialDatesAreWholePeriodsAtBothEnds() throws IOException {
        // Ada ends "2021-05" (31 May), Ben starts "2021-06" (1 June): no overlap, the import goes in.
        importer.importDataset(DatasetLocation.of(variant("may-june", network -> {
            memberships(network).get(0).put("validTo", "2021-05");
            memberships(network).get(1).put("validFrom", "2021-06");
        }).toString()), ImportProgress.NONE);
        assertThat(holders("post:testshire-board-vcs", "2021-05-31")).containsExactly("person:ada-example");
        assertThat(holders("post:testshire-board-vcs", "2021-06-01")).containsExactly("person:ben-sample");
        // Both "2021-05": the month is one whole period in each, so they overlap.
        assertThat(refusedImport(network -> {
            memberships(network).get(0).put("validTo", "2021-05");
            memberships(network).get(1).put("validFrom", "2021-05");
        })).contains("network.json $.memberships[1], field validFrom: post:testshire-board-vcs already held by"
                + " person:ada-example from 2010-04 to 2021-05 (membership:board-vcs-ada)");
    }

    @Test
    void endingAMembershipLaterIntoAnOverlapIsRefused() {
        // Base: Ada 2010-04 to 2014-03, Ben from 2014-04. Moving Ada's end to 2014-04 overlaps Ben.
        assertThat(refusedChange("endMembership", """
                id: "membership:board-vcs-ada", version: 0, validTo: "2014-04"
                """)).containsExactly("validFrom: post:testshire-board-vcs already held by person:ben-sample"
                + " from 2014-04 on (membership:board-vcs-ben)");
        assertThat(change("endMembership", """
                id: "membership:board-vcs-ada", version: 0, validTo: "2014-02"
                """)).isEmpty();
    }

    @Test
    void aMembershipOutsideItsPartnershipsLife() throws IOException {
        String message = "starts (2009) before partnership:northdale-lcp exists (from 2010-02)";
        assertThat(refusedImport(network -> memberships(network).add(membership("membership:lcp-ada",
                "person:ada-example", "post:northdale-lcp-vcs", "2009", null, null))))
                .contains("network.json $.memberships[3], field validFrom: " + message);
        assertThat(refusedChange("appointMember", """
                person: "person:ada-example", post: "post:northdale-lcp-vcs", validFrom: "2009"
                """)).containsExactly("validFrom: " + message);
    }

    @Test
    void aMembershipOnBehalfOfABodyThatEnded() throws IOException {
        String message = "is open-ended, but body:testshire-police ends (2012)";
        assertThat(refusedImport(network -> memberships(network).add(membership("membership:lcp-ada",
                "person:ada-example", "post:northdale-lcp-vcs", "2011", null, "body:testshire-police"))))
                .contains("network.json $.memberships[3], field validTo: " + message);
        assertThat(refusedChange("appointMember", """
                person: "person:ada-example", post: "post:northdale-lcp-vcs", validFrom: "2011",
                onBehalfOf: "body:testshire-police"
                """)).containsExactly("validTo: " + message);
    }

    @Test
    void aSeatOutsideItsPartnershipsLife() throws IOException {
        String message = "starts (2009) before partnership:northdale-lcp exists (from 2010-02)";
        assertThat(refusedImport(network -> posts(network).add(new LinkedHashMap<>(Map.of("id", "post:northdale-lcp-police",
                "name", "Police representative", "organisation", "partnership:northdale-lcp", "role", "MEMBER",
                "validFrom", "2009")))))
                .contains("network.json $.posts[3], field validFrom: " + message);
        assertThat(refusedChange("createPost", """
                partnership: "partnership:northdale-lcp", name: "Police representative", role: MEMBER, validFrom: "2009"
                """)).containsExactly("validFrom: " + message);
    }

    @Test
    void aRelationOutsideTheLifeOfAnEnd() throws IOException {
        String message = "starts (2010-04) before partnership:testshire-trust exists (from 2011)";
        List<String> imported = refusedImport(network -> partnerships(network).get(0).put("validFrom", "2011"));
        assertThat(imported).contains("network.json $.relations[6], field validFrom: " + message);
        assertThat(refusedChange("updatePartnership", """
                id: "partnership:testshire-trust", version: 0, validFrom: "2011"
                """)).contains("validFrom: DUTY_TO_COOPERATE school:900001 -> partnership:testshire-trust: " + message);
    }

    @Test
    void aSchoolInAClusterBeforeItOpened() throws IOException {
        Path folder = variant("school-opened", network -> { });
        Path schools = folder.resolve("schools.csv");
        Files.writeString(schools, Files.readString(schools).replace("town,source\n", "town,source,validFrom\n")
                .replace("Northdale,test\n", "Northdale,test,\n")
                .replace("Primary,Voluntary aided school,Northdale,test,\n", "Primary,Voluntary aided school,Northdale,test,2012-09-01\n")
                .replace("Southmere,test\n", "Southmere,test,\n"));
        assertThat(problems(folder)).contains("school-clusters.csv line 3, field validFrom: starts (2010) before"
                + " school:900002 exists (from 2012-09-01)");
    }

    @Test
    void aBodyStillThereWhenItsSuccessorTakesOver() throws IOException {
        String message = "ends (2013-06) after its successor body:testshire-ccg takes over (from 2013-04-01)";
        Path folder = variant("pct-late", network -> { });
        Path bodies = folder.resolve("bodies.csv");
        Files.writeString(bodies, Files.readString(bodies).replace("2006,2013-03-31", "2006,2013-06"));
        assertThat(problems(folder)).contains("bodies.csv line 5, field validTo: " + message);
        assertThat(refusedChange("updateBody", """
                id: "body:testshire-pct", version: 0, validTo: "2013-06"
                """)).containsExactly("validTo: " + message);
    }

    @Test
    void endingASeatBeforeItsHolderIsRefused() throws IOException {
        String message = "is open-ended, but post:testshire-board-vcs ends (2020)";
        assertThat(refusedImport(network -> posts(network).get(0).put("validTo", "2020")))
                .contains("network.json $.memberships[1], field validTo: " + message);
        assertThat(refusedChange("updatePost", """
                id: "post:testshire-board-vcs", version: 0, validTo: "2020"
                """)).containsExactly("validTo: membership:board-vcs-ben: " + message);
    }

    @Test
    void aSharedSeatTakesAsManyHoldersAsItHasPlaces() throws IOException {
        importer.importDataset(DatasetLocation.of(variant("shared", network -> {
            posts(network).get(2).put("maxHolders", 2);
            memberships(network).add(membership("membership:chair-ada", "person:ada-example",
                    "post:testshire-board-chair", "2015", null, null));
        }).toString()), ImportProgress.NONE);
        assertThat(holders("post:testshire-board-chair", "2016-01-01")).hasSize(2);
        assertThat(refusedChange("appointMember", """
                person: "person:ben-sample", post: "post:testshire-board-chair", validFrom: "2016"
                """)).singleElement().asString().startsWith("validFrom: post:testshire-board-chair already has its 2"
                + " holders then: ");
        assertThat(refusedChange("appointMember", """
                person: "person:ada-example", post: "post:testshire-board-chair", validFrom: "2016"
                """)).contains("validFrom: person:ada-example already holds post:testshire-board-chair from 2015 on"
                + " (membership:chair-ada)");
    }

    @Test
    void concurrentIdenticalAppointmentsMakeOneMembership() throws Exception {
        String mutation = """
                mutation { appointMember(input: {person: "person:ada-example", post: "post:northdale-lcp-vcs",
                  validFrom: "2020"}) { membership { id } problems { field message } } }
                """;
        // All in flight at once: fewer than the server's threads (200) and the driver's connections (100),
        // which capped how many of a larger number raced at a time.
        int requests = 100;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                outcomes.add(clients.submit(() -> {
                    go.await();
                    try {
                        JsonNode response = graphQl.post(mutation, Map.of(), GraphQlHttp.EDITOR);
                        if (response.has("errors")) {
                            return "error: " + response.at("/errors/0/message").asString();
                        }
                        JsonNode payload = response.at("/data/appointMember");
                        return payload.get("membership").isNull() ? "refused: " + payload.at("/problems/0/message").asString()
                                : "appointed";
                    }
                    catch (AssertionError ex) {
                        return "error: " + ex.getMessage();
                    }
                }));
            }
            go.countDown();
        }
        Map<String, Integer> tally = new java.util.TreeMap<>();
        for (Future<String> outcome : outcomes) {
            tally.merge(outcome.get().replaceAll("membership:[a-z0-9-]+", "membership:..."), 1, Integer::sum);
        }
        System.out.println("CONCURRENT appointMember x" + requests + ": " + tally);
        assertThat(tally.get("appointed")).as(tally.toString()).isEqualTo(1);
        long stored = driver.executableQuery("""
                MATCH (:Person {id: 'person:ada-example'})-[:HOLDS]->(m:Membership)-[:OF_POST]->(:Post {id: 'post:northdale-lcp-vcs'})
                RETURN count(m) AS n""").execute().records().getFirst().get("n").asLong();
        assertThat(stored).isEqualTo(1);
        assertThat(tally.keySet()).allMatch(k -> k.equals("appointed") || k.startsWith("refused: post:northdale-lcp-vcs"
                + " already held by person:ada-example from 2020 on") || k.startsWith("error: "));
    }

    // ------------------------------------------------------------------------------------ field rules

    @Test
    void namesPhonesAndTabsFollowOneRuleOnImportAndEdit() throws IOException {
        String longName = "N".repeat(201);
        assertThat(refusedImport(network -> partnerships(network).get(0).put("name", longName)))
                .contains("network.json $.partnerships[0], field name: is 201 characters long; at most 200 are allowed");
        assertThat(refusedChange("updatePartnership", "id: \"partnership:testshire-trust\", version: 0, name: \""
                + longName + "\"")).containsExactly("name: is 201 characters long; at most 200 are allowed");

        assertThat(refusedImport(network -> people(network).get(1).put("phone", "call me")))
                .contains("network.json $.people[1], field phone: 'call me' is not a telephone number (digits, spaces, +, brackets)");
        assertThat(refusedChange("updatePerson", "id: \"person:ben-sample\", version: 0, phone: \"call me\""))
                .containsExactly("phone: 'call me' is not a telephone number (digits, spaces, +, brackets)");

        assertThat(refusedImport(network -> people(network).get(1).put("name", "Ben\tSample")))
                .contains("network.json $.people[1], field name: must be one line without tabs or control characters");
        assertThat(refusedChange("updatePerson", "id: \"person:ben-sample\", version: 0, name: \"Ben\\tSample\""))
                .containsExactly("name: must be one line without tabs or control characters");
    }

    // ---------------------------------------------------------------------------------- reference data

    @Test
    void schoolsAndDistrictsCannotBeEditedThroughTheApi() {
        assertThat(refusedChange("updateBody", """
                id: "school:900001", version: 0, kind: POLICE, sector: PRIVATE, name: "Not a school"
                """)).containsExactly("id: school:900001 is a school from the DfE register (Get Information About"
                + " Schools): it changes only when its authority's network is imported");
        assertThat(refusedChange("createBody", """
                authority: "authority:E10999999", name: "A new school", kind: ACADEMY, sector: EDUCATION
                """)).containsExactly("kind: ACADEMY is for schools, which come from the DfE register by import only");
        JsonNode school = graphQl.data("{ node(id: \"school:900001\") { ... on School { name kind sector } } }", Map.of())
                .get("node");
        assertThat(school.get("name").asString()).isEqualTo("Northdale High School");
        assertThat(school.get("kind").asString()).isEqualTo("SCHOOL");
    }

    // ---------------------------------------------------------------------------------------- helpers

    /** A copy of Testshire with the base changes and then {@code edit} applied to its network.json. */
    Path variant(String name, Consumer<Map<String, Object>> edit) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (String file : List.of("network.json", "bodies.csv", "schools.csv", "school-clusters.csv", "postcodes.csv")) {
            Files.copy(new ClassPathResource("datasets/testshire/" + file).getInputStream(), folder.resolve(file));
        }
        Path bodies = folder.resolve("bodies.csv");
        Files.writeString(bodies, Files.readString(bodies).replace("POLICE,STATUTORY,2001,,", "POLICE,STATUTORY,2001,2012,")
                + "body:testshire-pct,Testshire Primary Care Trust,HEALTH_COMMISSIONER,STATUTORY,2006,2013-03-31,,,,true,test,\n"
                + "body:testshire-ccg,Testshire Clinical Commissioning Group,HEALTH_COMMISSIONER,STATUTORY,2013-04-01,,,,,true,test,\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> network = JSON.readValue(folder.resolve("network.json").toFile(), LinkedHashMap.class);
        list(network, "relations").add(new LinkedHashMap<>(Map.of("type", "SUCCEEDED_BY", "from", "body:testshire-pct",
                "to", "body:testshire-ccg", "validFrom", "2013-04-01")));
        edit.accept(network);
        JSON.writeValue(folder.resolve("network.json").toFile(), network);
        return folder;
    }

    List<String> refusedImport(Consumer<Map<String, Object>> edit) throws IOException {
        return problems(variant("refused-" + System.nanoTime(), edit));
    }

    /** The problems of an import that must be refused, after checking it changed nothing. */
    List<String> problems(Path folder) {
        List<String> before = GraphFingerprint.of(driver, TESTSHIRE);
        List<String> problems = new ArrayList<>();
        assertThatThrownBy(() -> importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE))
                .isInstanceOfSatisfying(InvalidDatasetException.class,
                        ex -> ex.problems().stream().map(ImportProblem::toString).forEach(problems::add));
        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEqualTo(before);
        return problems;
    }

    /** The problems of a change that must be refused ("field: message"), after checking it wrote nothing. */
    List<String> refusedChange(String mutation, String input) {
        List<String> before = GraphFingerprint.of(driver, TESTSHIRE);
        List<String> problems = change(mutation, input);
        assertThat(problems).isNotEmpty();
        assertThat(GraphFingerprint.of(driver, TESTSHIRE)).isEqualTo(before);
        return problems;
    }

    List<String> change(String mutation, String input) {
        String field = switch (mutation) {
            case "appointMember", "endMembership" -> "membership";
            case "createPost", "updatePost" -> "post";
            case "updatePartnership" -> "partnership";
            case "updatePerson" -> "person";
            default -> "body";
        };
        JsonNode response = graphQl.post("mutation { " + mutation + "(input: {" + input + "}) { " + field
                + " { id } problems { field message } } }", Map.of(), GraphQlHttp.EDITOR);
        assertThat(response.has("errors")).as(String.valueOf(response.get("errors"))).isFalse();
        List<String> problems = new ArrayList<>();
        response.at("/data/" + mutation + "/problems").forEach(p -> problems.add(p.get("field").asString() + ": "
                + p.get("message").asString()));
        return problems;
    }

    List<String> holders(String post, String day) {
        List<String> people = new ArrayList<>();
        graphQl.data("query($id: ID!, $day: Date) { node(id: $id) { ... on Post { holders(asOf: $day) { person { id } } } } }",
                Map.of("id", post, "day", day)).at("/node/holders").forEach(h -> people.add(h.at("/person/id").asString()));
        return people;
    }

    static Map<String, Object> membership(String id, String person, String post, String from, String to,
            String onBehalfOf) {
        Map<String, Object> m = new LinkedHashMap<>(Map.of("id", id, "person", person, "post", post, "role", "MEMBER",
                "validFrom", from, "source", "test"));
        if (to != null) {
            m.put("validTo", to);
        }
        if (onBehalfOf != null) {
            m.put("onBehalfOf", onBehalfOf);
        }
        return m;
    }

    static List<Map<String, Object>> memberships(Map<String, Object> network) {
        return list(network, "memberships");
    }

    static List<Map<String, Object>> posts(Map<String, Object> network) {
        return list(network, "posts");
    }

    static List<Map<String, Object>> partnerships(Map<String, Object> network) {
        return list(network, "partnerships");
    }

    static List<Map<String, Object>> people(Map<String, Object> network) {
        return list(network, "people");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> network, String name) {
        return (List<Map<String, Object>>) network.get(name);
    }
}
