package org.trustmap.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's garbage-collection pauses during one measured period, read from the unified GC log the server
 * writes ({@code -Xlog:gc}): the usual first suspect when p99 is many times p50, so each operation's row says
 * how many pauses fell in its period, their total and the longest.
 */
final class GcLog {

    /** Pauses in a period. */
    record Pauses(int count, double totalMillis, double maxMillis) {

        static final Pauses UNKNOWN = new Pauses(-1, Double.NaN, Double.NaN);

        boolean known() {
            return count >= 0;
        }
    }

    // e.g. "[12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 310M->52M(1024M) 4.567ms"
    private static final Pattern PAUSE = Pattern.compile("\\bPause\\b.*\\s(\\d+(?:\\.\\d+)?)ms\\s*$");

    private final Path file;

    GcLog(Path file) {
        this.file = file;
    }

    /** The server's JVM options that write this log. */
    List<String> jvmArguments() {
        return List.of("-Xlog:gc:file=" + file.toAbsolutePath() + ":uptime,level,tags");
    }

    Path file() {
        return file;
    }

    /** Where the log ends now: the start of the next period. */
    long mark() {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        }
        catch (IOException ex) {
            return 0;
        }
    }

    /** The pauses logged since the mark. */
    Pauses since(long mark) {
        if (!Files.isRegularFile(file)) {
            return Pauses.UNKNOWN;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = in.length();
            byte[] bytes = new byte[(int) Math.max(0, end - mark)];
            in.seek(mark);
            in.readFully(bytes);
            return parse(new String(bytes, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the server's GC log " + file, ex);
        }
    }

    static Pauses parse(String lines) {
        int count = 0;
        double total = 0;
        double max = 0;
        for (String line : lines.split("\n")) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                double millis = Double.parseDouble(m.group(1));
                count++;
                total += millis;
                max = Math.max(max, millis);
            }
        }
        return new Pauses(count, total, max);
    }
}
