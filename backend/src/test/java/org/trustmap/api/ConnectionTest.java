package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Relay pages: a cursor leads just past its item, and anything else given as a cursor is refused by name. */
@Tag("fast")
class ConnectionTest {

    @Test
    void theCursorOfAnItemLeadsToTheItemAfterIt() {
        Connection page = Connection.of(List.of("a", "b", "c"), 40, 100);

        assertThat(Connection.offsetAfter(page.pageInfo().endCursor())).isEqualTo(43);
        assertThat(Connection.offsetAfter(page.edges().getFirst().cursor())).isEqualTo(41);
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        assertThat(page.pageInfo().hasPreviousPage()).isTrue();
        assertThat(Connection.offsetAfter(null)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"O_-5", "O_0", "O_99999999999", "O_x", "K_name", "position:3", "", "O_"})
    void aForgedCursorIsRefusedNamingTheArgument(String inside) {
        String forged = Base64.getEncoder().encodeToString(inside.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Connection.offsetAfter(forged)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("is not a cursor from this list");
    }

    @Test
    void aCursorThatIsNotBase64IsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> Connection.offsetAfter("%%%")).isInstanceOf(InvalidArgumentException.class);
    }
}
