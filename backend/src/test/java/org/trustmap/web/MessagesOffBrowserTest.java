package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;
import org.trustmap.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * With no mail server configured (the tests' default), messages and alerts are switched off and both the
 * API and the pages say so plainly, instead of accepting a message that would go nowhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class MessagesOffBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void withNoMailServerTheApiAndThePagesSayMessagesAreSwitchedOff(Page page) {
        GraphQlHttp graphQl = new GraphQlHttp(port);
        JsonNode status = graphQl.data("{ messagesStatus { enabled message } }", Map.of()).at("/messagesStatus");
        assertThat(status.at("/enabled").asBoolean()).isFalse();
        assertThat(status.at("/message").asString()).contains("switched off");
        JsonNode write = graphQl.data("""
                mutation { writeToRepresentative(input: {membership: "membership:x", name: "Sam", email: "sam@example.net",
                  message: "Hello"}) { accepted enabled message problems { message } } }
                """, Map.of()).at("/writeToRepresentative");
        assertThat(write.at("/accepted").asBoolean()).isFalse();
        assertThat(write.at("/enabled").asBoolean()).isFalse();
        assertThat(write.at("/message").asString()).contains("switched off");
        JsonNode subscribe = graphQl.data("""
                mutation { subscribeToAlerts(input: {email: "sam@example.net", area: "GU51 3AA"}) { accepted message } }
                """, Map.of()).at("/subscribeToAlerts");
        assertThat(subscribe.at("/accepted").asBoolean()).isFalse();

        for (String form : new String[] {"write.html?membership=membership:x", "alerts.html"}) {
            page.navigate("http://localhost:" + port + "/" + form);
            assertThat(page.locator(".app-messages-off")).containsText("Messages and alerts are switched off");
            assertThat(page.locator("form")).hasCount(0);
            assertThat(WebPages.seriousAccessibilityViolations(page, form + " (switched off)")).isEmpty();
        }
    }
}
