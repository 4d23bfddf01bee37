package org.trustmap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Applies the ordered Cypher files of {@code schema/neo4j} (constraints and indexes) that the graph has
 * not seen yet, and records each in a {@code :SchemaMigration} node with its checksum. Statements must be
 * idempotent ({@code IF NOT EXISTS}), so a run cut short is safe to repeat. A file changed after it was
 * applied stops start-up rather than leaving the schema in doubt.
 *
 * <p>Instances starting together take turns: a run holds a lock in the graph (a write lock on the one
 * {@code :SchemaMigrationLock} node, taken in a transaction kept open for the whole run), so the second
 * waits, then finds the files applied and applies nothing. The lock lives in a transaction rather than in
 * a flag, so an instance that dies while holding it releases it at once. Waiting and holding together
 * may take {@code trustmap.neo4j.migrations.lock-wait}; past it start-up fails and says why.
 *
 * <p>Why not Neo4j-Migrations (which does the same, with a lock too): its newest release on Maven Central
 * (2.19.2, checked 2026-12-01) is built on the 5.28 driver while trustmap runs the 6.1 driver Boot 4.1
 * brings, and its Spring Boot auto-configuration refers to Boot 3's
 * {@code org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration}, which Boot 4 moved to
 * {@code org.springframework.boot.neo4j.autoconfigure}. Take it up again once a release supports Boot 4.
 */
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    // Raw driver sessions, not GraphWrites: this runs before the application's beans, one statement per transaction.
    private final Driver driver;
    private final ResourcePatternResolver resources;
    private final String location;
    private final Duration lockWait;

    public SchemaMigrations(Driver driver, ResourcePatternResolver resources, String location) {
        this(driver, resources, location, Duration.ofMinutes(5));
    }

    public SchemaMigrations(Driver driver, ResourcePatternResolver resources, String location, Duration lockWait) {
        this.driver = driver;
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
        this.lockWait = lockWait;
    }

    /** @return the files applied by this call, in order (empty when the graph was up to date) */
    public List<String> apply() {
        List<MigrationFile> files = read();
        prepareLock();
        String holder = UUID.randomUUID().toString();
        try (Session session = driver.session(ReadYourWrites.bookmarked(driver));
                Transaction lock = session.beginTransaction(TransactionConfig.builder().withTimeout(lockWait).build())) {
            Map<Integer, String> applied = acquire(lock, holder);
            List<String> appliedNow = apply(files, applied);
            try {
                lock.run("MATCH (l:SchemaMigrationLock {name: 'schema'}) SET l.releasedAt = datetime()").consume();
                lock.commit();
            }
            catch (Neo4jException ex) {
                log.warn("The schema migrations lock was lost before the run ended (it took longer than "
                        + "trustmap.neo4j.migrations.lock-wait, {} s): {}", lockWait.toSeconds(), ex.getMessage());
            }
            return appliedNow;
        }
    }

    /**
     * The lock node, made once; its constraint keeps two instances from making one each. Once they exist
     * nothing here writes (a write could wait behind the lock, where no time limit applies).
     */
    private void prepareLock() {
        try (Session session = driver.session(ReadYourWrites.bookmarked(driver))) {
            boolean ready = session.executeRead(tx -> tx.run(
                    "MATCH (l:SchemaMigrationLock {name: 'schema'}) RETURN count(l) > 0 AS ready").single().get(0).asBoolean());
            if (ready) {
                return;
            }
            session.executeWrite(tx -> tx.run("CREATE CONSTRAINT schema_migration_lock IF NOT EXISTS "
                    + "FOR (l:SchemaMigrationLock) REQUIRE l.name IS UNIQUE").consume());
            session.executeWrite(tx -> tx.run("MERGE (l:SchemaMigrationLock {name: 'schema'})").consume());
        }
    }

    /**
     * Waits for the lock (the SET blocks while another run holds it), then reads what is applied inside
     * the locked transaction, so that it sees the other run's records.
     */
    private Map<Integer, String> acquire(Transaction lock, String holder) {
        long started = System.nanoTime();
        AtomicBoolean taken = new AtomicBoolean();
        CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS).execute(() -> {
            if (!taken.get()) {
                log.info("Waiting for the Neo4j schema migrations lock: another instance is applying them "
                        + "(waiting at most {} s, trustmap.neo4j.migrations.lock-wait)", lockWait.toSeconds());
            }
        });
        try {
            lock.run("MATCH (l:SchemaMigrationLock {name: 'schema'}) SET l.holder = $holder, l.since = datetime()",
                    Map.of("holder", holder)).consume();
            taken.set(true);
            return lock.run("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
                    .list(r -> Map.entry(r.get("version").asInt(), r.get("checksum").asString()))
                    .stream().collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll);
        }
        catch (Neo4jException ex) {
            taken.set(true);
            // The database ends a transaction past its timeout with one of several codes (timed out,
            // terminated, lock client stopped); the time waited says which case this is.
            boolean waitedTooLong = String.valueOf(ex.code()).contains("TransactionTimedOut")
                    || System.nanoTime() - started >= lockWait.toNanos() - TimeUnit.MILLISECONDS.toNanos(500);
            if (!waitedTooLong && ex instanceof RetryableException) {
                throw ex;
            }
            if (!waitedTooLong) {
                throw new SchemaMigrationException("Neo4j schema migrations cannot take their lock: " + ex.getMessage(), ex);
            }
            throw new SchemaMigrationException("Neo4j schema migrations cannot start: another instance has held "
                    + "their lock for longer than trustmap.neo4j.migrations.lock-wait (" + lockWait.toSeconds()
                    + " s). Start this instance again once the other one has started, or raise the setting ("
                    + ex.getMessage() + ")", ex);
        }
    }

    private List<String> apply(List<MigrationFile> files, Map<Integer, String> applied) {
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

    private void run(MigrationFile file) {
        try (var session = driver.session(ReadYourWrites.bookmarked(driver))) {
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
