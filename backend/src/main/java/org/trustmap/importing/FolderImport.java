package org.trustmap.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Imports every authority folder (one holding a network.json) found directly under a folder, in name
 * order, each all or nothing on its own as {@link NetworkImporter} does: a refused authority is reported
 * and the others still go in. Says after each authority how far it has got.
 */
final class FolderImport {

    /**
     * What a whole folder's import did.
     *
     * @param cpu the processor time this process used meanwhile, all threads: unlike {@code took}, it does not
     *            grow when other programs share the machine
     */
    record Outcome(int imported, List<String> refused, long nodes, Duration took, Duration cpu) {
    }

    private final NetworkImporter importer;
    private final PrintStream out;

    FolderImport(NetworkImporter importer, PrintStream out) {
        this.importer = importer;
        this.out = out;
    }

    /**
     * @param parallel how many authorities are written at once, each in its own transaction: their ids are
     *                 disjoint, so they contend only for the shared sources and outcomes, whose locks they take
     *                 in the same order
     */
    Outcome importAll(Path folder, int parallel) {
        List<Path> authorities = authorityFolders(folder);
        if (authorities.isEmpty()) {
            throw new IllegalArgumentException("No authority folder (a folder holding " + DatasetLocation.MANIFEST
                    + ") under " + folder.toAbsolutePath());
        }
        long started = System.nanoTime();
        Duration cpuBefore = cpuTime();
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicLong nodes = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, parallel))) {
            List<Future<?>> jobs = authorities.stream().<Future<?>>map(authority -> workers.submit(() -> {
                try {
                    ImportReport report = importer.importDataset(DatasetLocation.of(authority.toString()),
                            ImportProgress.NONE);
                    long written = report.nodes().values().stream().mapToLong(Long::longValue).sum();
                    nodes.addAndGet(written);
                    out.printf("[%d/%d] %s: %d nodes, %d relationships in %d ms (%d s so far)%n",
                            done.incrementAndGet(), authorities.size(), report.authority(), written,
                            report.relationships(), report.took().toMillis(),
                            (System.nanoTime() - started) / 1_000_000_000);
                }
                catch (InvalidDatasetException ex) {
                    refused.add(authority.getFileName().toString());
                    out.printf("[%d/%d] %s refused, nothing of it was written: %s%n", done.incrementAndGet(),
                            authorities.size(), authority.getFileName(), ex.getMessage());
                }
            })).toList();
            for (Future<?> job : jobs) {
                job.get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing " + folder, ex);
        }
        catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
        }
        return new Outcome(authorities.size() - refused.size(), refused.stream().sorted().toList(), nodes.get(),
                Duration.ofNanos(System.nanoTime() - started), cpuTime().minus(cpuBefore));
    }

    static List<Path> authorityFolders(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(DatasetLocation.MANIFEST))).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + folder.toAbsolutePath(), ex);
        }
    }

    static Duration cpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
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
