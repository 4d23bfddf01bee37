package org.trustmap.database;

import java.nio.file.FileSystemException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The embedded Neo4j cannot create or write its data folder: say which and which setting moves it. */
class DataFolderUnwritableFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable failure, EmbeddedNeo4jStartException start) {
        return StartFailures.find(start, t -> t instanceof FileSystemException
                || StartFailures.message(t).contains("Permission denied")
                || StartFailures.message(t).contains("Read-only file system")
                || StartFailures.message(t).contains("No space left")).map(cause -> new FailureAnalysis(
                "The embedded Neo4j cannot write its data folder " + start.home().toAbsolutePath() + " ("
                        + reason(cause) + ").",
                "Set TRUSTMAP_DATA_DIR (trustmap.neo4j.embedded.directory) to a folder trustmap may write, or make "
                        + "that one writable.", start)).orElse(null);
    }

    private static String reason(Throwable cause) {
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = StartFailures.message(cause);
        return message.length() > 120 ? message.substring(0, 120) + "..." : message;
    }
}
