package org.trustmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/** Odd but harmless questions get a plain answer in the API's words: no INTERNAL error, no Java names. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlainAnswersTest {

    @LocalServerPort
    int port;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void aConnectionFromANodeToItselfIsABadRequestNamingTheField() {
        JsonNode response = graphQl.post("{ connection(from: \"school:116003\", to: \"school:116003\") { length } }",
                Map.of());

        assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(response.at("/errors/0/message").asString())
                .isEqualTo("to: is school:116003, the same as from: a connection is between two different things");
    }

    static Object[][] badDates() {
        return new Object[][] {
                {"{ authorities { partnerships(asOf: 2010) { id } } }", Map.of()},
                {"{ authorities { partnerships(asOf: \"2010-13-01\") { id } } }", Map.of()},
                {"{ authorities { partnerships(asOf: \"1 June 2010\") { id } } }", Map.of()},
                {"query($d: Date) { authorities { partnerships(asOf: $d) { id } } }", Map.of("d", 2010)},
                {"query($d: Date) { authorities { partnerships(asOf: $d) { id } } }", Map.of("d", "2010-02-30")},
                {"query($d: Date) { authorities { partnerships(asOf: $d) { id } } }", Map.of("d", true)},
                {"query($d: Date) { authorities { partnerships(asOf: $d) { id } } }", Map.of("d", Map.of("year", 2010))},
        };
    }

    @ParameterizedTest
    @MethodSource("badDates")
    void aBadDateIsExplainedWithoutJavaClassNames(String query, Map<String, Object> variables) {
        JsonNode response = graphQl.post(query, variables);

        String message = response.at("/errors/0/message").asString();
        assertThat(message).contains("a Date is written as text, year-month-day, e.g. \"2010-02-01\"")
                .doesNotContainIgnoringCase("java").doesNotContain("LocalDate", "Integer", "Boolean", "LinkedHashMap",
                        "Exception", "RFC3339");
    }
}
