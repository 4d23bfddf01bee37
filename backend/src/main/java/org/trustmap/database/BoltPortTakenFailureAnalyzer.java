package org.trustmap.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The embedded Neo4j's Bolt port is taken: say which and which setting picks another. */
class BoltPortTakenFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable failure, EmbeddedNeo4jStartException start) {
        return StartFailures.find(start, t -> t instanceof java.net.BindException
                || StartFailures.message(t).contains("already in use")).map(cause -> new FailureAnalysis(
                "The embedded Neo4j cannot listen on port " + start.boltPort() + " of 127.0.0.1: another program "
                        + "uses it.",
                "Stop that program, or set TRUSTMAP_BOLT_PORT (trustmap.neo4j.embedded.bolt-port) to a free port "
                        + "(0 picks one).", start)).orElse(null);
    }
}
