package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One day for "today", England's, in Java and in Cypher alike. */
@Tag("fast")
class TodayTest {

    /** Cypher's date() with no argument: the day in the database's time zone, UTC unless configured. */
    private static final Pattern DATABASE_DAY = Pattern.compile("(?<![\\w.])date\\(\\)(?!\\s*\\{)");

    @Test
    void noQueryAsksForTheDatabasesOwnDay() throws IOException {
        List<String> asking;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            asking = files.filter(f -> f.toString().endsWith(".java")).flatMap(TodayTest::lines).toList();
        }
        assertThat(asking).as("use Today.CYPHER or a $today parameter from Today.date()").isEmpty();
    }

    @Test
    void theCypherDayIsEnglands() {
        assertThat(Today.CYPHER).isEqualTo("date({timezone: 'Europe/London'})");
        assertThat(Today.ZONE.getId()).isEqualTo("Europe/London");
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> DATABASE_DAY.matcher(line).find() && !line.strip().startsWith("*"))
                    .map(line -> file.getFileName() + ": " + line.strip());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
