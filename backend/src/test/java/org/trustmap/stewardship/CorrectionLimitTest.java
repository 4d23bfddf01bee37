package org.trustmap.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limit on corrections per client address, on its own. */
class CorrectionLimitTest {

    @Test
    void anAddressPastItsAllowanceWaitsWhileAnotherDoesNot() {
        CorrectionLimit limit = new CorrectionLimit(2);

        assertThat(limit.take("192.0.2.1")).isTrue();
        assertThat(limit.take("192.0.2.1")).isTrue();

        assertThat(limit.take("192.0.2.1")).isFalse();
        assertThat(limit.minutesToWait("192.0.2.1")).isBetween(1L, 31L);
        assertThat(limit.minutesToWait("192.0.2.2")).isZero();
        assertThat(limit.take("192.0.2.2")).isTrue();
    }
}
