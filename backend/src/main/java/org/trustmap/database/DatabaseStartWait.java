package org.trustmap.database;

import java.time.Duration;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits at start-up, before the schema migrations, until the database answers. The embedded one is waited
 * for however long it takes (it is this process's own, and slow only because the machine is busy); an
 * external one is asked again with growing pauses (0.5 s doubling to 5 s) for {@code trustmap.database.start-wait},
 * then start-up fails with {@link DatabaseStartWaitException}. A refused password fails at once: asking
 * again would not change the answer.
 */
public final class DatabaseStartWait {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartWait.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    private final Driver driver;
    private final String address;
    private final Duration limit;

    /**
     * @param address what to call the database in the log and the failure
     * @param limit   how long to keep trying; null for as long as it takes
     */
    DatabaseStartWait(Driver driver, String address, Duration limit) {
        this.driver = driver;
        this.address = address;
        this.limit = limit;
    }

    /** Returns once the database has answered; throws {@link DatabaseStartWaitException} after the limit. */
    public void await() {
        whileStarting(() -> {
            driver.verifyConnectivity();
            return null;
        });
    }

    /**
     * Runs a later start-up step (the schema migrations), asked again in the same way while the database
     * is not reachable or has no connection free in time: instances starting together on a busy database
     * can see that after its first answer. The step must be safe to repeat.
     */
    public <T> T whileStarting(Supplier<T> step) {
        long started = System.nanoTime();
        long lastReport = started;
        Duration pause = FIRST_PAUSE;
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                T result = step.get();
                if (attempts > 1) {
                    log.info("The Neo4j at {} answered after {} s ({} attempts)", address, seconds(started), attempts);
                }
                return result;
            }
            catch (RuntimeException ex) {
                if (!worthAskingAgain(ex)) {
                    throw ex;
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                if (limit != null && waited.plus(pause).compareTo(limit) > 0) {
                    throw new DatabaseStartWaitException(address, limit, attempts, ex);
                }
                if (System.nanoTime() - lastReport >= REPORT_EVERY.toNanos() || attempts == 1) {
                    lastReport = System.nanoTime();
                    log.info("Waiting for the Neo4j at {} to answer: {} s so far{} ({})", address, waited.toSeconds(),
                            limit == null ? "" : " of " + limit.toSeconds() + " s (trustmap.database.start-wait)",
                            ex.getMessage());
                }
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Not reachable yet, still starting, or no connection free in time: the kinds that pass. */
    static boolean worthAskingAgain(Throwable ex) {
        return ex instanceof RetryableException
                || ex instanceof ClientException && String.valueOf(ex.getMessage()).contains("Unable to acquire connection");
    }

    private static long seconds(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", ex);
        }
    }
}
