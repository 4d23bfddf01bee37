package org.trustmap.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.trustmap.audit.AuditTrail;

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
        try (CodePointFiles files = CodePointFiles.at(path)) {
            String name = release != null ? release : files.releaseInName() != null ? files.releaseInName()
                    : loadedAt.toLocalDate().toString().substring(0, 7);
            Checked checked = check(files);
            out.printf("Checked %d file(s), %d rows, in %.1f s: %d English postcodes in %d districts, %d outside "
                    + "England skipped%n", files.files().size(), checked.rows, seconds(started), checked.english,
                    checked.districts.size(), checked.rows - checked.english);
            if (checked.english == 0) {
                throw new IllegalArgumentException("No English postcode (Country_code " + CodePointRows.ENGLAND
                        + ") in " + path.toAbsolutePath() + ": nothing was written");
            }
            long[] written = write(files, checked.english, loadedAt, started, out);
            LocalDate retiredOn = loadedAt.toLocalDate();
            long retired = retire(loadedAt, retiredOn, name);
            long returned = written[2];
            record(name, loadedAt, checked, written[1], retired, path);
            return new Outcome(name, files.files().size(), checked.rows, checked.english,
                    checked.rows - checked.english, written[1], retired, returned, checked.districts.size(),
                    Duration.ofNanos(System.nanoTime() - started), FolderImport.cpuTime().minus(cpuBefore));
        }
    }

    private static final class Checked {
        long rows;
        long english;
        final TreeSet<String> districts = new TreeSet<>();
    }

    private static Checked check(CodePointFiles files) {
        Problems problems = new Problems();
        Checked checked = new Checked();
        for (CodePointFiles.File file : files.files()) {
            try {
                read(file, problems, row -> {
                    checked.rows++;
                    if (row.english()) {
                        checked.english++;
                        checked.districts.add(row.district());
                    }
                });
            }
            catch (UncheckedIOException ex) {
                problems.add(file.name(), null, null, ex.getCause().getMessage());
            }
        }
        problems.throwIfAny();
        return checked;
    }

    /** @return English rows written, of them held by another dataset, of them no longer retired */
    private long[] write(CodePointFiles files, long total, OffsetDateTime loadedAt, long started, PrintStream out) {
        long[] counts = new long[3];
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        long[] nextReport = {100_000};
        Problems unexpected = new Problems();
        Runnable flush = () -> {
            long[] result = writeBatch(batch, loadedAt);
            counts[0] += batch.size();
            counts[1] += result[0];
            counts[2] += result[1];
            batch.clear();
            if (counts[0] >= nextReport[0] || counts[0] == total) {
                out.printf("  %d of %d postcodes written (%.0f s so far)%n", counts[0], total, seconds(started));
                nextReport[0] += 100_000;
            }
        };
        for (CodePointFiles.File file : files.files()) {
            read(file, unexpected, row -> {
                if (!row.english()) {
                    return;
                }
                Map<String, Object> parameter = new HashMap<>(6);
                parameter.put("code", row.code());
                parameter.put("district", row.district());
                parameter.put("easting", row.easting());
                parameter.put("northing", row.northing());
                batch.add(parameter);
                if (batch.size() == BATCH) {
                    flush.run();
                }
            });
        }
        if (!batch.isEmpty()) {
            flush.run();
        }
        // The files were checked a moment ago: a problem now means they changed while being loaded.
        unexpected.throwIfAny();
        return counts;
    }

    /** @return of the batch, how many another dataset holds and how many had been retired */
    private long[] writeBatch(List<Map<String, Object>> rows, OffsetDateTime loadedAt) {
        try (var session = driver.session()) {
            Record result = session.executeWrite(tx -> tx.run("""
                    UNWIND $rows AS row
                    MERGE (p:Postcode {code: row.code})
                    WITH p, row, p.dataset IS NULL OR p.dataset = $dataset AS ours, p.retiredOn IS NOT NULL AS retired
                    CALL (p, row, ours) {
                      WITH * WHERE ours
                      SET p.dataset = $dataset, p.district = row.district, p.easting = row.easting,
                          p.northing = row.northing, p.loadedAt = $loadedAt,
                          p.location = CASE WHEN row.easting IS NULL THEN null
                                       ELSE point({x: toFloat(row.easting), y: toFloat(row.northing)}) END
                      REMOVE p.retiredOn, p.retiredInRelease
                    }
                    RETURN count(CASE WHEN NOT ours THEN 1 END) AS elsewhere,
                           count(CASE WHEN ours AND retired THEN 1 END) AS returned
                    """, Map.of("rows", rows, "dataset", DATASET, "loadedAt", loadedAt)).single());
            return new long[] {result.get("elsewhere").asLong(), result.get("returned").asLong()};
        }
    }

    /** Marks the postcodes an earlier load wrote and this one did not, in transactions of {@value #BATCH}. */
    private long retire(OffsetDateTime loadedAt, LocalDate retiredOn, String release) {
        try (var session = driver.session()) {
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

    private void record(String release, OffsetDateTime loadedAt, Checked checked, long heldElsewhere, long retired,
            Path path) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("release", release);
        after.put("postcodes", checked.english);
        after.put("districts", checked.districts.size());
        after.put("heldElsewhere", heldElsewhere);
        after.put("retired", retired);
        after.put("from", path.toString());
        try (var session = driver.session()) {
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

    private static void read(CodePointFiles.File file, Problems problems, Consumer<CodePointRows.Row> rows) {
        try (BufferedReader in = file.open()) {
            CodePointRows.read(file.name(), in, problems, rows);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
