package org.trustmap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Applies the ordered Cypher files of {@code schema/neo4j} (constraints and indexes) that the graph has
 * not seen yet, and records each in a {@code :SchemaMigration} node with its checksum. Statements must be
 * idempotent ({@code IF NOT EXISTS}), so a run cut short is safe to repeat. A file changed after it was
 * applied stops start-up rather than leaving the schema in doubt.
 */
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;
    private final ResourcePatternResolver resources;
    private final String location;

    public SchemaMigrations(Driver driver, ResourcePatternResolver resources, String location) {
        this.driver = driver;
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** @return the files applied by this call, in order (empty when the graph was up to date) */
    public List<String> apply() {
        List<MigrationFile> files = read();
        Map<Integer, String> applied = appliedChecksums();
        List<String> appliedNow = new ArrayList<>();
        for (MigrationFile file : files) {
            String checksum = applied.get(file.version());
            if (checksum != null) {
                if (!checksum.equals(file.checksum())) {
                    throw new SchemaMigrationException(file.fileName(),
                            "it was changed after it was applied; add a new file instead");
                }
                continue;
            }
            run(file);
            appliedNow.add(file.fileName());
        }
        if (!appliedNow.isEmpty()) {
            log.info("Applied Neo4j schema migrations {}", appliedNow);
        }
        return appliedNow;
    }

    private List<MigrationFile> read() {
        try {
            Resource[] found = resources.getResources(location + "*.cypher");
            Map<Integer, MigrationFile> byVersion = new HashMap<>();
            for (Resource resource : found) {
                String name = resource.getFilename();
                MigrationFile file = MigrationFile.parse(name, resource.getContentAsString(StandardCharsets.UTF_8));
                MigrationFile clash = byVersion.put(file.version(), file);
                if (clash != null) {
                    throw new SchemaMigrationException(name, "version " + file.version() + " is also used by "
                            + clash.fileName());
                }
            }
            return byVersion.values().stream().sorted(Comparator.comparingInt(MigrationFile::version)).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read Neo4j schema migrations from " + location, ex);
        }
    }

    private Map<Integer, String> appliedChecksums() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
                    .list(r -> Map.entry(r.get("version").asInt(), r.get("checksum").asString())))
                    .stream().collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll);
        }
    }

    private void run(MigrationFile file) {
        try (var session = driver.session()) {
            for (int i = 0; i < file.statements().size(); i++) {
                String statement = file.statements().get(i);
                int number = i + 1;
                try {
                    // Schema changes cannot share a transaction with data writes, so each gets its own.
                    session.executeWrite(tx -> tx.run(statement).consume());
                }
                catch (Neo4jException ex) {
                    throw new SchemaMigrationException(file.fileName(),
                            "statement " + number + " failed: " + ex.getMessage(), ex);
                }
            }
            // Data loaded next relies on these indexes; wait until they are populated.
            session.run("CALL db.awaitIndexes(300)").consume();
            session.executeWrite(tx -> tx.run("""
                    MERGE (m:SchemaMigration {version: $version})
                    SET m.file = $file, m.description = $description, m.checksum = $checksum,
                        m.statements = $statements, m.appliedAt = datetime()
                    """, Map.of("version", file.version(), "file", file.fileName(), "description",
                    file.description(), "checksum", file.checksum(), "statements", file.statements().size()))
                    .consume());
        }
    }
}
