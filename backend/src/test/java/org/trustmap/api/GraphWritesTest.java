package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Writes through Spring Data Neo4j's transaction manager, on the real database: a transaction that fails
 * for a passing reason is run again and commits once, any other failure is not, and a commit's bookmark
 * joins the one manager the driver's reads use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphWritesTest {

    private final String probe = "probe-" + UUID.randomUUID();

    @Autowired
    GraphWrites writes;

    @Autowired
    Driver driver;

    @AfterEach
    void removeProbes() {
        driver.executableQuery("MATCH (p:WriteProbe {probe: $probe}) DELETE p")
                .withParameters(Map.of("probe", probe)).execute();
    }

    @Test
    void aDeadlockOnTheFirstTryIsTriedAgainAndTheWriteCommitsOnce() {
        AtomicInteger tries = new AtomicInteger();

        String answer = writes.write(null, tx -> {
            tx.run("CREATE (:WriteProbe {probe: $probe})", Map.of("probe", probe)).consume();
            if (tries.incrementAndGet() == 1) {
                throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "a deadlock, for the test");
            }
            return "written";
        });

        assertThat(answer).isEqualTo("written");
        assertThat(tries).hasValue(2);
        assertThat(probes()).as("the first try rolled back, the second committed").isEqualTo(1);
    }

    @Test
    void aFailureThatIsNotPassingIsNotTriedAgainAndWritesNothing() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> writes.write(null, tx -> {
            tx.run("CREATE (:WriteProbe {probe: $probe})", Map.of("probe", probe)).consume();
            tries.incrementAndGet();
            throw new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "refused, for the test");
        })).isInstanceOf(ClientException.class).hasMessage("refused, for the test");

        assertThat(tries).hasValue(1);
        assertThat(probes()).isZero();
    }

    @Test
    void aDeadlockEveryTimeGivesUpAfterAFewTries() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> writes.write(null, tx -> {
            tries.incrementAndGet();
            throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "a deadlock, for the test");
        })).isInstanceOf(TransientException.class);

        assertThat(tries).hasValue(5);
    }

    @Test
    void aCommittedWritesBookmarkIsWhatTheNextReadWaitsFor() {
        Set<Bookmark> before = new HashSet<>(driver.executableQueryBookmarkManager().getBookmarks());

        writes.write(null, tx -> tx.run("CREATE (:WriteProbe {probe: $probe})", Map.of("probe", probe)).consume());

        Set<Bookmark> after = driver.executableQueryBookmarkManager().getBookmarks();
        assertThat(after).as("the driver's manager, which every executableQuery read uses").isNotEmpty()
                .isNotEqualTo(before);
    }

    private long probes() {
        return driver.executableQuery("MATCH (p:WriteProbe {probe: $probe}) RETURN count(p) AS n")
                .withParameters(Map.of("probe", probe)).execute().records().getFirst().get("n").asLong();
    }
}
