package org.trustmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Held refusals, driven in memory: which are held and which answered at once (the holding itself, over
 * real HTTP with fewer request threads than held answers, is in security.AbuseTest).
 */
@Tag("fast")
class TarpitTest {

    private static final String BODY = "{\"errors\":[{\"message\":\"wait\"}]}";

    final Tarpit tarpit = new Tarpit(Duration.ofMillis(200), 2, 1);

    @AfterEach
    void stop() {
        tarpit.destroy();
    }

    @Test
    void aRefusalIsHeldThenAnsweredWithItsRetryAfter() throws Exception {
        MockHttpServletRequest request = request("203.0.113.30");
        MockHttpServletResponse response = new MockHttpServletResponse();

        tarpit.refuse(request, response, 429, 1, BODY);

        assertThat(request.isAsyncStarted()).isTrue();
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        awaitAnswer(response);
        assertThat(response.getContentAsString()).isEqualTo(BODY);
        assertThat(tarpit.held()).isZero();
    }

    @Test
    void pastTheBoundsPerAddressAndInAllARefusalIsAnsweredAtOnce() throws Exception {
        MockHttpServletResponse first = refuse("203.0.113.31");
        MockHttpServletResponse sameAddress = refuse("203.0.113.31");
        MockHttpServletResponse other = refuse("203.0.113.32");
        MockHttpServletResponse pastCapacity = refuse("203.0.113.33");

        assertThat(first.getContentAsString()).isEmpty();
        assertThat(sameAddress.getContentAsString()).isEqualTo(BODY);
        assertThat(other.getContentAsString()).isEmpty();
        assertThat(pastCapacity.getContentAsString()).isEqualTo(BODY);
        assertThat(tarpit.held()).isEqualTo(2);
        awaitAnswer(first);
        awaitAnswer(other);
        for (int i = 0; i < 300 && tarpit.held() > 0; i++) {
            Thread.sleep(100);
        }
        // Room again once they are answered.
        assertThat(refuse("203.0.113.33").getContentAsString()).isEmpty();
    }

    @Test
    void withoutAsynchronousSupportOrAHoldTheAnswerIsImmediate() throws Exception {
        MockHttpServletRequest synchronous = new MockHttpServletRequest("POST", "/graphql");
        MockHttpServletResponse response = new MockHttpServletResponse();
        tarpit.refuse(synchronous, response, 429, 1, BODY);
        MockHttpServletResponse none = new MockHttpServletResponse();
        Tarpit.none().refuse(request("203.0.113.34"), none, 429, 1, BODY);

        assertThat(response.getContentAsString()).isEqualTo(BODY);
        assertThat(none.getContentAsString()).isEqualTo(BODY);
    }

    private MockHttpServletResponse refuse(String address) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        tarpit.refuse(request(address), response, 429, 1, BODY);
        return response;
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setAsyncSupported(true);
        request.setRemoteAddr(address);
        return request;
    }

    private static void awaitAnswer(MockHttpServletResponse response) throws Exception {
        for (int i = 0; i < 300 && response.getContentAsString().isEmpty(); i++) {
            Thread.sleep(100);
        }
    }
}
