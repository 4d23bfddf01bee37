package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import graphql.GraphQLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a database query may take of its request's time. */
@Tag("fast")
class RequestBudgetTest {

    private static GraphQLContext deadlineIn(Duration left) {
        return GraphQLContext.newContext()
                .of(RequestBudget.class.getName() + ".deadline", System.nanoTime() + left.toNanos()).build();
    }

    @Test
    void whatIsLeftIsWholeMillisecondsRoundedUpSoTheDriverHasNothingToRoundAndLog() {
        Duration left = RequestBudget.remaining(deadlineIn(Duration.ofMillis(7_500)), Duration.ofSeconds(10));

        assertThat(left.getNano() % 1_000_000).isZero();
        assertThat(left).isBetween(Duration.ofMillis(7_000), Duration.ofMillis(7_500));
    }

    @Test
    void noQueryMayTakeLongerThanTheCeiling() {
        assertThat(RequestBudget.remaining(deadlineIn(Duration.ofSeconds(30)), Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(RequestBudget.remaining(GraphQLContext.newContext().build(), Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aSpentBudgetStartsNoQuery() {
        assertThatThrownBy(() -> RequestBudget.remaining(deadlineIn(Duration.ofMillis(-1)), Duration.ofSeconds(10)))
                .isInstanceOf(RequestBudget.Exhausted.class);
    }
}
