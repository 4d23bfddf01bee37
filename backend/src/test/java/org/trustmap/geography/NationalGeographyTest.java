package org.trustmap.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A start writes England's geography only when the graph does not hold what the last write left: the same
 * bundled files and queries (a fingerprint) and as many authorities, districts, towns and links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalGeographyTest {

    static final String FLEET_IN_HART = "MATCH (:PostalTown {key: 'fleet'})-[r:SCHOOLS_IN]->(:District {id: 'district:E07000089'}) ";

    @Autowired
    NationalGeography geography;

    @Autowired
    Driver driver;

    @AfterEach
    void writeItAllAgain() {
        driver.executableQuery("MATCH (s:Source {id: 'ons-lad-lookup'}) REMOVE s.fingerprint").execute();
        geography.load();
    }

    @Test
    void aStartAfterAStartThatWroteItWritesNothing() {
        driver.executableQuery(FLEET_IN_HART + "SET r.schools = -1").execute();

        geography.load();

        assertThat(schoolsOfFleetInHart()).as("left as it was: nothing was written").isEqualTo(-1);
    }

    @Test
    void aTownGoneFromTheGraphIsWrittenAgain() {
        driver.executableQuery(FLEET_IN_HART + "SET r.schools = -1").execute();
        driver.executableQuery("MATCH (t:PostalTown {key: 'alton'}) DETACH DELETE t").execute();

        geography.load();

        assertThat(driver.executableQuery("MATCH (t:PostalTown {key: 'alton'})-[:SCHOOLS_IN]->(d) RETURN count(d) AS n")
                .execute().records().getFirst().get("n").asLong()).isPositive();
        assertThat(schoolsOfFleetInHart()).as("everything written again").isPositive();
    }

    @Test
    void otherBundledFilesOrQueriesWriteItAllAgain() {
        driver.executableQuery(FLEET_IN_HART + "SET r.schools = -1").execute();
        driver.executableQuery("MATCH (s:Source {id: 'ons-lad-lookup'}) SET s.fingerprint = 'of another build'").execute();

        geography.load();

        assertThat(schoolsOfFleetInHart()).isPositive();
        assertThat(fingerprint()).as("this build's").matches("[0-9a-f]{64}");
    }

    private String fingerprint() {
        return driver.executableQuery("MATCH (s:Source {id: 'ons-lad-lookup'}) RETURN s.fingerprint AS f").execute()
                .records().getFirst().get("f").asString();
    }

    private long schoolsOfFleetInHart() {
        return driver.executableQuery(FLEET_IN_HART + "RETURN r.schools AS n").execute().records().getFirst()
                .get("n").asLong();
    }
}
