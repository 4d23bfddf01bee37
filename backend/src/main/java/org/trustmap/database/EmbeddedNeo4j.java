package org.trustmap.database;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import java.time.Duration;
import java.util.HashMap;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt on the loopback interface only.
 * The application talks to it through the ordinary driver, exactly as it would to a server,
 * so embedded and external deployments run the same code.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    static final String USER = "neo4j";
    private static final Duration STILL_STARTING_EVERY = Duration.ofSeconds(5);

    private final DatabaseManagementService service;
    private final URI boltUri;
    private final String password;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String password, Path home) {
        this.service = service;
        this.boltUri = boltUri;
        this.password = password;
        this.home = home;
    }

    /**
     * Starts Neo4j with its files under {@code home}. A port of 0 picks a free one.
     * Data written by an earlier start in the same folder is found again.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheBytes, long transactionMemoryBytes,
            String password) {
        long started = System.nanoTime();
        Map<org.neo4j.graphdb.config.Setting<?>, Object> settings = new HashMap<>(Map.of(
                BoltConnector.enabled, true,
                BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort),
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                GraphDatabaseSettings.auth_enabled, true,
                GraphDatabaseSettings.pagecache_memory, pageCacheBytes,
                GraphDatabaseSettings.memory_transaction_global_max_size, transactionMemoryBytes,
                GraphDatabaseSettings.udc_enabled, false,
                // Keep a week of transaction logs at most; the default keeps them without bound.
                GraphDatabaseSettings.keep_logical_logs, "7 days"));
        // Neo4j keys its plan cache by the size of each string and list parameter too, so "Fleet" and
        // "Nowhereville" were planned apart: a first question of each length paid 2-4 s of planning after the
        // warm-up. One plan per query text serves trustmap's queries (their lists are a few ids or words).
        settings.put(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false);
        // Bolt's defaults wait about 12 s for idle network threads on shutdown; Ctrl-C should not.
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100));
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3));
        settings.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        settings.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        DatabaseManagementService service;
        // On a busy machine a start has taken two minutes: say so every few seconds rather than look hung.
        Thread ticker = Thread.ofPlatform().name("embedded-neo4j-start").daemon().start(() -> {
            try {
                while (true) {
                    Thread.sleep(STILL_STARTING_EVERY);
                    log.info("Still starting the embedded Neo4j in {}: {} s so far", home.toAbsolutePath(),
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            }
            catch (InterruptedException done) {
                // started, or failed
            }
        });
        try {
            service = new DatabaseManagementServiceBuilder(home.toAbsolutePath()).setConfig(settings).build();
        }
        catch (RuntimeException ex) {
            ticker.interrupt();
            throw new EmbeddedNeo4jStartException(home, boltPort, ex);
        }
        try {
            // The default database may still be recovering or starting after the DBMS is up; wait for it.
            GraphDatabaseService data = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            while (!data.isAvailable(STILL_STARTING_EVERY.toMillis())) {
                log.info("Waiting for the embedded Neo4j's database to come up: {} s so far",
                        (System.nanoTime() - started) / 1_000_000_000);
            }
            String secret = password == null || password.isBlank() ? randomPassword() : password;
            GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            setPassword(system, secret);
            int port = ((GraphDatabaseAPI) system).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            URI uri = URI.create("bolt://127.0.0.1:" + port);
            log.info("Embedded Neo4j started in {} ms at {}, data in {}",
                    (System.nanoTime() - started) / 1_000_000, uri, home.toAbsolutePath());
            return new EmbeddedNeo4j(service, uri, secret, home);
        }
        catch (RuntimeException ex) {
            service.shutdown();
            throw new EmbeddedNeo4jStartException(home, boltPort, ex);
        }
        finally {
            ticker.interrupt();
        }
    }

    private static void setPassword(GraphDatabaseService system, String secret) {
        try {
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", secret));
        }
        catch (RuntimeException ex) {
            // A configured password survives restarts; setting it again is refused but is what we want.
            if (!String.valueOf(ex.getMessage()).contains("Old password and new password cannot be the same")) {
                throw ex;
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public URI boltUri() {
        return boltUri;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public Path home() {
        return home;
    }

    /**
     * Since when the database has needed a restart (Neo4j's "panic", e.g. after a write failed with the
     * store unwritable or the disk full); empty while it is healthy. Nothing but a restart heals it.
     */
    public java.util.Optional<java.time.Instant> needsRestartSince() {
        GraphDatabaseAPI database;
        try {
            database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        }
        catch (RuntimeException ex) {
            return java.util.Optional.of(panicSeen("the database is not running: " + ex.getMessage()));
        }
        org.neo4j.monitoring.DatabaseHealth health = database.getDependencyResolver()
                .resolveDependency(org.neo4j.monitoring.DatabaseHealth.class);
        if (health.hasNoPanic()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(panicSeen(String.valueOf(health.causeOfPanic())));
    }

    private volatile java.time.Instant panicSeen;

    private synchronized java.time.Instant panicSeen(String cause) {
        if (panicSeen == null) {
            panicSeen = java.time.Instant.now();
            log.error("The embedded Neo4j needs a restart ({}); readiness is DOWN, liveness follows after the grace "
                    + "period (trustmap.neo4j.embedded.restart-grace)", cause);
        }
        return panicSeen;
    }

    /** For tests that cause a fault the way a failed write to an unwritable store does. */
    GraphDatabaseAPI database() {
        return (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j in {}", home.toAbsolutePath());
        service.shutdown();
    }
}
