package org.trustmap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.trustmap.TrustmapApplication;
import org.trustmap.support.SharedNeo4j;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchemaMigrationsTest {

    @Autowired
    Driver driver;

    @Autowired
    ResourcePatternResolver resources;

    @AfterEach
    void dropProbes() {
        for (String index : List.of("migration_probe_name", "migration_probe_code")) {
            driver.executableQuery("DROP INDEX " + index + " IF EXISTS").execute();
        }
        driver.executableQuery("DROP CONSTRAINT broken_probe IF EXISTS").execute();
        driver.executableQuery("MATCH (m:SchemaMigration) WHERE m.version >= 900 DELETE m").execute();
    }

    @Test
    void theProjectsOwnMigrationsAreAppliedAtStartUpAndRecorded() {
        var files = driver.executableQuery("MATCH (m:SchemaMigration) WHERE m.version < 900 RETURN m.file AS file")
                .execute().records().stream().map(r -> r.get("file").asString()).toList();
        assertThat(files).contains("V001__schema_migration_records.cypher");
        assertThat(migrations("classpath:neo4j/migrations/").apply()).isEmpty();
    }

    @Test
    void aLockHeldLongerThanTheWaitStopsStartUpWithAPlainMessage() {
        try (var session = driver.session(); var lock = session.beginTransaction()) {
            lock.run("MATCH (l:SchemaMigrationLock {name: 'schema'}) SET l.holder = 'another instance'").consume();
            assertThatThrownBy(() -> new SchemaMigrations(driver, resources, "classpath:migrations-test/idempotent/",
                    Duration.ofSeconds(2)).apply())
                    .isInstanceOf(SchemaMigrationException.class)
                    .hasMessageContaining("another instance has held their lock for longer than "
                            + "trustmap.neo4j.migrations.lock-wait (2 s)");
            lock.rollback();
        }
        assertThat(migrations("classpath:migrations-test/idempotent/").apply()).containsExactly("V901__probe_index.cypher");
    }

    @Test
    void applyingTwiceChangesNothing() {
        var migrations = migrations("classpath:migrations-test/idempotent/");

        assertThat(migrations.apply()).containsExactly("V901__probe_index.cypher");
        var schemaAfterFirst = schema();
        assertThat(schemaAfterFirst).contains("migration_probe_name:ONLINE", "migration_probe_code:ONLINE");

        assertThat(migrations.apply()).isEmpty();
        assertThat(schema()).isEqualTo(schemaAfterFirst);
    }

    @Test
    void aBrokenFileIsNamedWithTheStatementThatFailed() {
        assertThatThrownBy(() -> migrations("classpath:migrations-test/broken/").apply())
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageContaining("V902__broken_constraint.cypher")
                .hasMessageContaining("statement 2 failed");
        assertThat(recordedVersions()).doesNotContain(902);
    }

    @Test
    void aFileWithoutAVersionInItsNameIsRefused() {
        assertThatThrownBy(() -> migrations("classpath:migrations-test/badname/").apply())
                .hasMessageContaining("constraints.cypher")
                .hasMessageContaining("V001__what_it_does.cypher");
    }

    @Test
    void aFileChangedAfterItWasAppliedIsRefused() {
        migrations("classpath:migrations-test/idempotent/").apply();
        driver.executableQuery("MATCH (m:SchemaMigration {version: 901}) SET m.checksum = 'an older content'")
                .execute();

        assertThatThrownBy(() -> migrations("classpath:migrations-test/idempotent/").apply())
                .hasMessageContaining("V901__probe_index.cypher")
                .hasMessageContaining("changed after it was applied");
    }

    @Test
    void aBrokenFileStopsStartUpWithAMessageThatNamesIt() {
        String[] arguments = Stream.concat(Stream.of(SharedNeo4j.connectionArguments()), Stream.of(
                "--server.port=0", "--trustmap.neo4j.migrations.location=classpath:migrations-test/broken/"))
                .toArray(String[]::new);

        assertThatThrownBy(() -> new SpringApplicationBuilder(TrustmapApplication.class).run(arguments))
                .hasStackTraceContaining("Neo4j schema migration V902__broken_constraint.cypher cannot be applied");
    }

    private SchemaMigrations migrations(String location) {
        return new SchemaMigrations(driver, resources, location);
    }

    private List<String> schema() {
        return driver.executableQuery("SHOW INDEXES YIELD name, state RETURN name + ':' + state AS entry ORDER BY entry")
                .execute().records().stream().map(r -> r.get("entry").asString()).toList();
    }

    private List<Integer> recordedVersions() {
        return driver.executableQuery("MATCH (m:SchemaMigration) RETURN m.version AS v").execute().records().stream()
                .map(r -> r.get("v").asInt()).toList();
    }
}
