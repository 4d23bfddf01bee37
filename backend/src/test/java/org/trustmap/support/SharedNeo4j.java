package org.trustmap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;
import org.trustmap.database.EmbeddedNeo4j;

/**
 * The one embedded Neo4j that every Spring test context of a test JVM talks to, started on first use
 * (its start-up cost is paid once) and removed with its files when the JVM exits.
 */
public final class SharedNeo4j {

    private static EmbeddedNeo4j instance;

    private SharedNeo4j() {
    }

    public static synchronized EmbeddedNeo4j get() {
        if (instance == null) {
            try {
                Path home = Files.createTempDirectory("trustmap-test-neo4j");
                instance = EmbeddedNeo4j.start(home, 0, 64L << 20, 1L << 30, null);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    instance.close();
                    FileSystemUtils.deleteRecursively(home.toFile());
                }, "shared-neo4j-shutdown"));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return instance;
    }

    /** Command-line style arguments that point an application started by a test at this database. */
    public static String[] connectionArguments() {
        EmbeddedNeo4j neo4j = get();
        return new String[] { "--spring.neo4j.uri=" + neo4j.boltUri(),
                "--spring.neo4j.authentication.username=" + neo4j.user(),
                "--spring.neo4j.authentication.password=" + neo4j.password() };
    }
}
