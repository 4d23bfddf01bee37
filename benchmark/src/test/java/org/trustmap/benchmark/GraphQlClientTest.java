package org.trustmap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class GraphQlClientTest {

    @Test
    void anAnswerWithDataAndRoundTripsIsASuccessThatCountsThem() {
        var reply = GraphQlClient.read(bytes("""
                {"data": {"search": [{"id": "district:E07000089", "name": "Hart"}]},
                 "extensions": {"dbRoundTrips": 1}}
                """));

        assertThat(reply.failed()).isFalse();
        assertThat(reply.roundTrips()).isEqualTo(1);
    }

    @Test
    void anAnswerWithErrorsIsAFailureThatSaysWhy() {
        var reply = GraphQlClient.read(bytes("""
                {"errors": [{"message": "Validation error (FieldUndefined@[findRepresentatives])"}],
                 "data": null}
                """));

        assertThat(reply.failed()).isTrue();
        assertThat(reply.error()).contains("1 error(s)").contains("FieldUndefined@[findRepresentatives]");
        assertThat(reply.roundTrips()).isEqualTo(-1);
    }

    @Test
    void anEmptyErrorListIsNoFailure() {
        assertThat(GraphQlClient.read(bytes("{\"errors\": [], \"data\": {}}")).failed()).isFalse();
    }

    @Test
    void somethingThatIsNotJsonIsAFailure() {
        assertThat(GraphQlClient.read(bytes("<html>Bad gateway</html>")).failed()).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
