package org.trustmap.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphQlHttp;

/** Suggestions as people type them, against the bundled Hampshire network. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchTest {

    @LocalServerPort
    int port;

    GraphQlHttp graphQl;

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hart LCP              | Hart Local Children's Partnership
            hart lcps             | Hart Local Children's Partnership
            Basingstoke LCP       | Basingstoke and Deane LCP Steering Group
            Basingstoke LCP       | Basingstoke and Deane Local Children's Partnership
            Hampshire LSCB        | Hampshire Safeguarding Children Board
            Rushmoor LSP          | Rushmoor Local Strategic Partnership
            Gosport CVS           | Gosport Council for Voluntary Service
            Hart Local Children's | Hart Local Children's Partnership
            """)
    void aShortFormFindsWhatItStandsForAndWhatIsNamedWithIt(String typed, String expected) {
        assertThat(names(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" suggests {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            Hart LCP                | Hart Local Children's Partnership
            Hart                    | Hart
            Rushmoor LSP            | Rushmoor Local Strategic Partnership
            Hampshire Children's Trust | Hampshire Children's Trust
            Kent LCSP 9             | Kent Local Children's Services Partnership 9
            """)
    void theNameThatIsMostlyWhatWasTypedComesFirst(String typed, String expected) {
        assertThat(names(typed)).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" suggests nothing named {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hart LCP       | Rushmoor Local Children's Partnership
            Hart LCP       | Hart Local Strategic Partnership
            Hampshire LSCB | Hampshire Children's Trust Board
            """)
    void aShortFormIsNoWildcard(String typed, String unexpected) {
        assertThat(names(typed)).isNotEmpty().doesNotContain(unexpected);
    }

    private List<String> names(String typed) {
        return graphQl.data("query($text: String!) { search(text: $text, first: 50) { name } }", Map.of("text", typed))
                .get("search").valueStream().map(hit -> hit.get("name").asString()).toList();
    }
}
