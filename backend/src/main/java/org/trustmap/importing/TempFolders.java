package org.trustmap.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary folders of uploads and downloads ({@code trustmap-import-<pid>-<started>-...}), named
 * after the process that made them (its id and start time, since ids are reused, e.g. 1 in every
 * container): a process killed with kill -9 cannot delete its own, so the next start deletes those of
 * processes no longer running (never those of one still running, such as a second instance).
 */
final class TempFolders {

    private static final Logger log = LoggerFactory.getLogger(TempFolders.class);
    private static final Pattern OURS = Pattern.compile("trustmap-(?:import|export|popolo)-(\\d+)-(\\d+)-.*");
    // Named by earlier versions, without a process id: deleted once surely no request still uses them.
    private static final Pattern EARLIER = Pattern.compile("trustmap-(?:import|export|popolo)\\d+(?:\\.json)?");
    private static final Duration EARLIER_AGE = Duration.ofHours(1);

    private TempFolders() {
    }

    static Path folder(String kind) throws IOException {
        return Files.createTempDirectory(prefix(kind));
    }

    static Path file(String kind, String suffix) throws IOException {
        return Files.createTempFile(prefix(kind), suffix);
    }

    private static String prefix(String kind) {
        return prefix(kind, ProcessHandle.current());
    }

    /** The start of the names of one process's temporary folders and files. */
    static String prefix(String kind, ProcessHandle process) {
        return "trustmap-" + kind + "-" + process.pid() + "-" + started(process) + "-";
    }

    private static long started(ProcessHandle process) {
        return process.info().startInstant().map(Instant::getEpochSecond).orElse(0L);
    }

    /** Deletes a folder (or file) and everything in it; nothing when it is gone already. */
    static void delete(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Deletes what processes that are no longer running left in {@code folder}. @return how many */
    static int deleteLeftovers(Path folder) {
        int deleted = 0;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (leftOver(entry)) {
                    delete(entry);
                    deleted++;
                }
            }
        }
        catch (IOException | UncheckedIOException ex) {
            log.warn("Could not clear leftover temporary files in {}: {}", folder, ex.getMessage());
        }
        if (deleted > 0) {
            log.info("Deleted {} temporary upload or download folder(s) left in {} by a process that ended abruptly",
                    deleted, folder);
        }
        return deleted;
    }

    private static boolean leftOver(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        Matcher ours = OURS.matcher(name);
        if (ours.matches()) {
            long pid = Long.parseLong(ours.group(1));
            long started = Long.parseLong(ours.group(2));
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> started(p) == started).isEmpty();
        }
        return EARLIER.matcher(name).matches()
                && Files.getLastModifiedTime(entry).toInstant().isBefore(Instant.now().minus(EARLIER_AGE));
    }
}
