package org.trustmap.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The CSV files of an Ordnance Survey Code-Point Open release, as published: the product's zip, its
 * unpacked folder (the per-area files are in {@code Data/CSV}), a folder of per-area files, or one file.
 * Each file can be read more than once (the loader checks everything before it writes anything).
 */
final class CodePointFiles implements AutoCloseable {

    /** One per-area file, named as a person would find it (inside the zip or the folder). */
    interface File {

        String name();

        BufferedReader open() throws IOException;
    }

    private static final Pattern RELEASE = Pattern.compile("(?<!\\d)(20\\d\\d)[-_.]?(0[1-9]|1[0-2])(?!\\d)");

    private final Path path;
    private final ZipFile zip;
    private final List<File> files;

    private CodePointFiles(Path path, ZipFile zip, List<File> files) {
        this.path = path;
        this.zip = zip;
        this.files = files;
    }

    /** @throws IllegalArgumentException when the path holds no CSV file */
    static CodePointFiles at(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("No such file or folder: " + path.toAbsolutePath());
        }
        CodePointFiles found;
        if (Files.isDirectory(path)) {
            Path data = path.resolve("Data").resolve("CSV");
            found = new CodePointFiles(path, null, csvFilesIn(Files.isDirectory(data) ? data : path, path));
        }
        else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            found = zipped(path);
        }
        else {
            found = new CodePointFiles(path, null, List.of(plain(path, path.toString())));
        }
        if (found.files.isEmpty()) {
            found.close();
            throw new IllegalArgumentException("No Code-Point Open CSV file in " + path.toAbsolutePath()
                    + " (expected Data/CSV/*.csv, *.csv or a .zip of them)");
        }
        return found;
    }

    List<File> files() {
        return files;
    }

    /** The release a file or folder name carries (codepo_gb_2025-10.zip: 2025-10), if any. */
    String releaseInName() {
        Matcher matcher = RELEASE.matcher(path.toAbsolutePath().normalize().getFileName().toString());
        return matcher.find() ? matcher.group(1) + "-" + matcher.group(2) : null;
    }

    private static List<File> csvFilesIn(Path folder, Path top) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> Files.isRegularFile(p)
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                    .map(p -> plain(p, top.relativize(p).toString())).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + folder.toAbsolutePath(), ex);
        }
    }

    private static File plain(Path file, String name) {
        return new File() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public BufferedReader open() throws IOException {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
        };
    }

    /** The product zip keeps its per-area files in Data/CSV beside documentation CSVs: those are left out. */
    private static CodePointFiles zipped(Path path) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        }
        catch (IOException ex) {
            throw new IllegalArgumentException("Cannot open " + path.toAbsolutePath() + " as a zip: " + ex.getMessage(),
                    ex);
        }
        List<? extends ZipEntry> csv = Collections.list(zip.entries()).stream()
                .filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        List<? extends ZipEntry> data = csv.stream().filter(e -> e.getName().toLowerCase(Locale.ROOT)
                .replace('\\', '/').contains("data/csv/")).toList();
        List<File> files = (data.isEmpty() ? csv : data).stream()
                .sorted((a, b) -> a.getName().compareTo(b.getName())).<File>map(entry -> new File() {
                    @Override
                    public String name() {
                        return path.getFileName() + "!" + entry.getName();
                    }

                    @Override
                    public BufferedReader open() throws IOException {
                        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                                StandardCharsets.UTF_8));
                    }
                }).toList();
        return new CodePointFiles(path, zip, files);
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            }
            catch (IOException ignored) {
                // read only: nothing to lose
            }
        }
    }
}
