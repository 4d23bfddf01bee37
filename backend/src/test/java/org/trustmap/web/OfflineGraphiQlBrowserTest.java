package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/** GraphiQL must work for an analyst on a council network with no internet access. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class OfflineGraphiQlBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void rendersRunsAQueryAndShowsTheSchemaDocsWithTheNetworkCutOff(Page page) {
        page.navigate("http://localhost:" + port + "/graphiql");
        assertThat(page.locator(".graphiql-container")).isVisible();

        page.locator(".graphiql-execute-button").click();
        assertThat(page.locator(".graphiql-response")).containsText("\"graphSummary\"");
        assertThat(page.locator(".graphiql-response")).containsText("\"kind\": \"Postcode\"");
        assertThat(page.locator(".graphiql-tab")).hasCount(8);
        assertThat(page.locator(".graphiql-tabs")).containsText("WhoSpeaksForMyArea");

        page.getByLabel("Show Documentation Explorer").click();
        var docs = page.locator(".graphiql-doc-explorer");
        docs.locator("a.graphiql-doc-explorer-type-name", new Locator.LocatorOptions().setHasText("Query")).first()
                .click();
        assertThat(docs).containsText("graphSummary");
        assertThat(docs).containsText("What the graph holds");
    }
}
