package org.trustmap.importing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Service;
import org.trustmap.audit.AuditTrail;
import org.trustmap.database.ReadYourWrites;

/**
 * Loads England's postcodes from Ordnance Survey Code-Point Open as published ({@link CodePointFiles},
 * {@link CodePointRows}), replacing what an earlier load of it held:
 * <ol>
 * <li>every file is read and checked first, streaming: any malformed row refuses the whole load, every
 * problem listed by file, line and column, and nothing is written;</li>
 * <li>then the English rows (Country_code {@value CodePointRows#ENGLAND}) are written in batches of
 * {@value #BATCH}, a transaction each, as {@code Postcode} nodes of dataset {@value #DATASET}. A postcode
 * another dataset holds (a bundled authority's) is left as it is;</li>
 * <li>a postcode of an earlier load that this one lacks is kept and marked {@code retiredOn} (so a lookup
 * can say it was retired); one that comes back loses the mark;</li>
 * <li>last, one {@code PostcodeRelease} node says which release is loaded, with an audit event.</li>
 * </ol>
 * A release of 1.7 million postcodes is too large for one transaction in 1 GB: a load stopped while
 * writing (killed, power cut) leaves the postcodes written so far and the previous release's node; running it
 * again completes it. Malformed content never gets that far.
 */
@Service
public class PostcodeLoader {

    public static final String DATASET = "codepoint-open";
    static final int BATCH = 10_000;
    private static final int WRITERS = 2;
    private static final long REPORT_EVERY = 100_000;
    private static final Pattern RELEASE = Pattern.compile("20\\d\\d-(0[1-9]|1[0-2])");

    /**
     * What a load did.
     *
     * @param postcodes    English postcodes in the release
     * @param heldElsewhere of those, the ones another dataset holds, left as they were
     * @param retired      postcodes of an earlier load missing from this one, marked retired now
     * @param cpu          processor time of this process meanwhile, all threads
     */
    public record Outcome(String release, int files, long rows, long postcodes, long outsideEngland,
            long heldElsewhere, long retired, long returned, int districts, Duration took, Duration cpu) {
    }

    // Raw driver sessions, not GraphWrites: a bulk load from the command line, and retiring needs an auto-commit session.
    private final Driver driver;
    private final AuditTrail audit;

    public PostcodeLoader(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    /**
     * @param release the release loaded (YYYY-MM); null: the one the file name carries, else the load date's
     * @throws InvalidDatasetException when any row is malformed (nothing written)
     * @throws IllegalArgumentException when there is no file, no English postcode, or the release is not YYYY-MM
     */
    public Outcome load(Path path, String release, PrintStream out) {
        return load(path, release, OffsetDateTime.now(ZoneOffset.UTC), out);
    }

    Outcome load(Path path, String release, OffsetDateTime loadedAt, PrintStream out) {
        if (release != null && !RELEASE.matcher(release).matches()) {
            throw new IllegalArgumentException("--release='" + release + "' is not a month such as 2025-10");
        }
        long started = System.nanoTime();
        Duration cpuBefore = FolderImport.cpuTime();
        try (CodePointFiles files = CodePointFiles.at(path); CheckedRelease checked = CheckedRelease.check(files)) {
            String name = release != null ? release : files.releaseInName() != null ? files.releaseInName()
                    : loadedAt.toLocalDate().toString().substring(0, 7);
            out.printf("Checked %d file(s), %d rows, in %.1f s: %d English postcodes in %d districts, %d outside "
                    + "England skipped%n", files.files().size(), checked.rows, seconds(started), checked.english,
                    checked.districts.size(), checked.rows - checked.english);
            if (checked.english == 0) {
                throw new IllegalArgumentException("No English postcode (Country_code " + CodePointRows.ENGLAND
                        + ") in " + path.toAbsolutePath() + ": nothing was written");
            }
            long[] written = write(checked, loadedAt, started, out);
            long retired = retire(loadedAt, loadedAt.toLocalDate(), name);
            record(name, loadedAt, checked, written[1], retired, path);
            return new Outcome(name, files.files().size(), checked.rows, checked.english,
                    checked.rows - checked.english, written[1], retired, written[2], checked.districts.size(),
                    Duration.ofNanos(System.nanoTime() - started), FolderImport.cpuTime().minus(cpuBefore));
        }
    }

    /**
     * Writes the spooled rows in batches, {@value #WRITERS} transactions at a time (one core each: the parsing is
     * done). @return English rows written, of them held by another dataset, of them no longer retired
     */
    private long[] write(CheckedRelease checked, OffsetDateTime loadedAt, long started, PrintStream out) {
        long[] counts = new long[3];
        long total = checked.english;
        HeldPostcodes held = HeldPostcodes.read(driver, DATASET);
        Semaphore inFlight = new Semaphore(WRITERS + 1);
        List<Future<long[]>> pending = new ArrayList<>();
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                DataInputStream in = checked.spooled()) {
            long read = 0;
            long nextReport = REPORT_EVERY;
            while (read < total) {
                List<List<Object>> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && read < total) {
                    String code = in.readUTF();
                    String district = in.readUTF();
                    int easting = in.readInt();
                    int northing = in.readInt();
                    batch.add(Arrays.asList(code, district, easting < 0 ? null : (long) easting,
                            northing < 0 ? null : (long) northing));
                    read++;
                }
                inFlight.acquire();
                pending.add(writers.submit(() -> {
                    try {
                        return writeBatch(batch, held, loadedAt);
                    }
                    finally {
                        inFlight.release();
                    }
                }));
                for (var done = pending.iterator(); done.hasNext();) {
                    Future<long[]> job = done.next();
                    if (job.isDone()) {
                        add(counts, job.get());
                        done.remove();
                    }
                }
                if (counts[0] >= nextReport) {
                    out.printf("  %d of %d postcodes written (%.0f s so far)%n", counts[0], total, seconds(started));
                    nextReport += REPORT_EVERY;
                }
            }
            for (Future<long[]> job : pending) {
                add(counts, job.get());
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + checked.spool, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing postcodes", ex);
        }
        catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
        }
        out.printf("  %d of %d postcodes written (%.0f s so far)%n", counts[0], total, seconds(started));
        return counts;
    }

    private static void add(long[] counts, long[] batch) {
        counts[0] += batch[0];
        counts[1] += batch[1];
        counts[2] += batch[2];
    }

    /**
     * Writes one batch in one transaction: new postcodes created, this dataset's earlier copies updated (two
     * plain statements: no per-row look-up, since {@code held} says which is which), another dataset's left.
     *
     * @return the batch's size, how many of it another dataset holds and how many had been retired
     */
    private long[] writeBatch(List<List<Object>> rows, HeldPostcodes held, OffsetDateTime loadedAt) {
        List<List<Object>> created = new ArrayList<>(rows.size());
        List<List<Object>> updated = new ArrayList<>();
        long elsewhere = 0;
        long returned = 0;
        for (List<Object> row : rows) {
            switch (held.holder((String) row.getFirst())) {
                case NONE -> created.add(row);
                case THIS_DATASET -> updated.add(row);
                case THIS_DATASET_RETIRED -> {
                    updated.add(row);
                    returned++;
                }
                case ANOTHER_DATASET -> elsewhere++;
            }
        }
        Map<String, Object> parameters = Map.of("created", created, "updated", updated, "dataset", DATASET,
                "loadedAt", loadedAt);
        try (var session = driver.session(ReadYourWrites.bookmarked(driver))) {
            session.executeWriteWithoutResult(tx -> {
                if (!created.isEmpty()) {
                    tx.run("""
                            UNWIND $created AS row
                            CREATE (:Postcode {code: row[0], dataset: $dataset, district: row[1],
                                    easting: row[2], northing: row[3], loadedAt: $loadedAt,
                                    location: CASE WHEN row[2] IS NULL THEN null
                                              ELSE point({x: toFloat(row[2]), y: toFloat(row[3])}) END})
                            """, parameters).consume();
                }
                if (!updated.isEmpty()) {
                    tx.run("""
                            UNWIND $updated AS row
                            MATCH (p:Postcode {code: row[0], dataset: $dataset}) USING INDEX p:Postcode(code)
                            SET p.district = row[1], p.easting = row[2], p.northing = row[3],
                                p.loadedAt = $loadedAt,
                                p.location = CASE WHEN row[2] IS NULL THEN null
                                             ELSE point({x: toFloat(row[2]), y: toFloat(row[3])}) END
                            REMOVE p.retiredOn, p.retiredInRelease
                            """, parameters).consume();
                }
            });
        }
        catch (ClientException ex) {
            if (ex.code() != null && ex.code().contains("ConstraintValidationFailed")) {
                throw new IllegalStateException("Another import wrote one of these postcodes while this one ran ("
                        + ex.getMessage() + "): nothing of this batch was written; run import-postcodes again "
                        + "to complete the load, with trustmap stopped", ex);
            }
            throw ex;
        }
        return new long[] {rows.size(), elsewhere, returned};
    }

    /** Marks the postcodes an earlier load wrote and this one did not, in transactions of {@value #BATCH}. */
    private long retire(OffsetDateTime loadedAt, LocalDate retiredOn, String release) {
        try (var session = driver.session(ReadYourWrites.bookmarked(driver))) {
            return session.run("""
                    MATCH (p:Postcode {dataset: $dataset}) USING INDEX p:Postcode(dataset)
                    WHERE p.loadedAt <> $loadedAt AND p.retiredOn IS NULL
                    CALL (p) {
                      SET p.retiredOn = $retiredOn, p.retiredInRelease = $release
                    } IN TRANSACTIONS OF 10000 ROWS
                    RETURN count(p) AS retired
                    """, Map.of("dataset", DATASET, "loadedAt", loadedAt, "retiredOn", retiredOn, "release",
                    release)).single().get("retired").asLong();
        }
    }

    private void record(String release, OffsetDateTime loadedAt, CheckedRelease checked, long heldElsewhere, long retired,
            Path path) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("release", release);
        after.put("postcodes", checked.english);
        after.put("districts", checked.districts.size());
        after.put("heldElsewhere", heldElsewhere);
        after.put("retired", retired);
        after.put("from", path.toString());
        try (var session = driver.session(ReadYourWrites.bookmarked(driver))) {
            session.executeWrite(tx -> {
                var before = tx.run("MATCH (r:PostcodeRelease {id: $id}) RETURN r.release AS release, "
                        + "r.postcodes AS postcodes", Map.of("id", DATASET)).list();
                tx.run("""
                        MERGE (r:PostcodeRelease {id: $id})
                        SET r = {id: $id, release: $release, loadedAt: $loadedAt, postcodes: $postcodes,
                                 districts: $districts, heldElsewhere: $heldElsewhere,
                                 source: 'Ordnance Survey Code-Point Open'}
                        """, Map.of("id", DATASET, "release", release, "loadedAt", loadedAt, "postcodes",
                        checked.english, "districts", List.copyOf(checked.districts), "heldElsewhere",
                        heldElsewhere)).consume();
                audit.record(tx, "command line", "import-postcodes", "PostcodeRelease:" + DATASET, DATASET,
                        before.isEmpty() ? null : before.getFirst().asMap(), after);
                return null;
            });
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
