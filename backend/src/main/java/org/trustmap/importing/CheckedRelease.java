package org.trustmap.importing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The checking pass of a Code-Point load: every file read once, every row checked, any problem refusing the
 * load before anything is written. The English rows it kept wait in a temporary spool file for the writing pass,
 * so the files are parsed once.
 */
final class CheckedRelease implements AutoCloseable {

    long rows;
    long english;
    final TreeSet<String> districts = new TreeSet<>();
    final Path spool;
    private final DataOutputStream out;
    private long[] codes = new long[1 << 16];

    private CheckedRelease() {
        try {
            spool = Files.createTempFile("trustmap-postcodes", ".bin");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create a temporary file", ex);
        }
    }

    void keep(CodePointRows.Row row) {
        try {
            out.writeUTF(row.code());
            out.writeUTF(row.district());
            out.writeInt(row.easting() == null ? -1 : row.easting().intValue());
            out.writeInt(row.northing() == null ? -1 : row.northing().intValue());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write " + spool, ex);
        }
        if (english == codes.length) {
            codes = Arrays.copyOf(codes, codes.length * 2);
        }
        codes[(int) english] = HeldPostcodes.number(row.code());
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(spool);
        }
        catch (IOException ignored) {
            // a temporary file
        }
    }

    /** The kept rows, in the order read: code and district (UTF), easting and northing (int, -1 for none). */
    DataInputStream spooled() throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16));
    }

    /** Reads and checks every file, once; any problem refuses the load. */
    static CheckedRelease check(CodePointFiles files) {
        Problems problems = new Problems();
        CheckedRelease checked = new CheckedRelease();
        try {
            for (CodePointFiles.File file : files.files()) {
                try {
                    read(file, problems, row -> {
                        checked.rows++;
                        if (row.english()) {
                            checked.districts.add(row.district());
                            checked.keep(row);
                            checked.english++;
                        }
                    });
                }
                catch (UncheckedIOException ex) {
                    problems.add(file.name(), null, null, ex.getCause().getMessage());
                }
            }
            if (problems.isEmpty()) {
                duplicates(files, checked, problems);
            }
            problems.throwIfAny();
            checked.out.close();
            return checked;
        }
        catch (RuntimeException | IOException ex) {
            checked.close();
            throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
        }
    }

    /** A postcode given twice would be written by two transactions at once: refused, naming where each is. */
    private static void duplicates(CodePointFiles files, CheckedRelease checked, Problems problems) {
        long[] sorted = Arrays.copyOf(checked.codes, (int) checked.english);
        Arrays.sort(sorted);
        Set<Long> twice = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                twice.add(sorted[i]);
            }
        }
        if (twice.isEmpty()) {
            return;
        }
        for (CodePointFiles.File file : files.files()) {
            try (BufferedReader in = file.open()) {
                // Lines are counted again here, with the rows, to name where each copy is.
                CsvTable.stream(file.name(), in, (line, fields) -> {
                    String code = fields.isEmpty() ? null : CodePointRows.postcode(fields.getFirst());
                    if (code != null && twice.contains(HeldPostcodes.number(code))) {
                        problems.add(file.name(), "line " + line, "column 1 (Postcode)", code
                                + " is given more than once in the release");
                    }
                });
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
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
}
