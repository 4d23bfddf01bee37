package org.trustmap.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports every authority folder (one holding a network.json) found directly under a folder, in name
 * order, each all or nothing on its own as {@link NetworkImporter} does: a refused authority is reported
 * and the others still go in. Says after each authority how far it has got.
 */
final class FolderImport {

    /** What a whole folder's import did. */
    record Outcome(int imported, List<String> refused, long nodes, Duration took) {
    }

    private final NetworkImporter importer;
    private final PrintStream out;

    FolderImport(NetworkImporter importer, PrintStream out) {
        this.importer = importer;
        this.out = out;
    }

    Outcome importAll(Path folder) {
        List<Path> authorities = authorityFolders(folder);
        if (authorities.isEmpty()) {
            throw new IllegalArgumentException("No authority folder (a folder holding " + DatasetLocation.MANIFEST
                    + ") under " + folder.toAbsolutePath());
        }
        long started = System.nanoTime();
        List<String> refused = new ArrayList<>();
        long nodes = 0;
        for (int i = 0; i < authorities.size(); i++) {
            Path authority = authorities.get(i);
            try {
                ImportReport report = importer.importDataset(DatasetLocation.of(authority.toString()),
                        ImportProgress.NONE);
                long written = report.nodes().values().stream().mapToLong(Long::longValue).sum();
                nodes += written;
                out.printf("[%d/%d] %s: %d nodes, %d relationships in %d ms (%d s so far)%n", i + 1,
                        authorities.size(), report.authority(), written, report.relationships(),
                        report.took().toMillis(), (System.nanoTime() - started) / 1_000_000_000);
            }
            catch (InvalidDatasetException ex) {
                refused.add(authority.getFileName().toString());
                out.printf("[%d/%d] %s refused, nothing of it was written: %s%n", i + 1, authorities.size(),
                        authority.getFileName(), ex.getMessage());
            }
        }
        return new Outcome(authorities.size() - refused.size(), refused, nodes,
                Duration.ofNanos(System.nanoTime() - started));
    }

    static List<Path> authorityFolders(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(DatasetLocation.MANIFEST))).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + folder.toAbsolutePath(), ex);
        }
    }

    /**
     * The most resident memory this process has used (Linux VmHWM), for the import report; empty where
     * the system does not say.
     */
    static String peakResidentMemory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).strip()).findFirst().orElse("");
        }
        catch (IOException | UncheckedIOException ex) {
            return "";
        }
    }
}
