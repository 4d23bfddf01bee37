package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * GraphiQL is the analysts' console: axe finds no problem of any impact on it, on a laptop or a 360 pixel phone,
 * with the editor, a result and the Docs pane open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class GraphiQlAccessibilityBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void graphiQlPassesAnAxeScanAtEveryImpactOnALaptop(Page page) {
        page.setViewportSize(1280, 900);
        assertThat(scan(page, "graphiql laptop")).isEmpty();
    }

    @Test
    void graphiQlPassesAnAxeScanAtEveryImpactOnA360PixelPhone(Page page) {
        page.setViewportSize(360, 740);
        assertThat(scan(page, "graphiql phone")).isEmpty();
    }

    @Test
    void theExampleTabsShowTheHumanTitlesOfTheirIndexAndTheConsoleHasAFavicon(Page page) {
        page.navigate("http://localhost:" + port + "/graphiql");
        var fleet = page.locator(".graphiql-tab-button", new Page.LocatorOptions().setHasText("WhoSpeaksForMyArea"));
        assertThat(fleet).hasAttribute("data-title", "1. Who speaks for the VCS in Fleet?");
        Object shown = fleet.evaluate("button => getComputedStyle(button, '::before').content");
        assertThat(String.valueOf(shown)).isEqualTo("\"1. Who speaks for the VCS in Fleet?\"");

        var icon = page.request().get("http://localhost:" + port + "/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/");
    }

    @Test
    void theServedSchemaDescriptionsAreParagraphsNotLinesCutMidSentence(Page page) {
        var response = page.request().post("http://localhost:" + port + "/graphql", RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData("{\"query\": \"{ __schema { types { name description fields { name description"
                        + " args { name description } } } } }\"}"));
        JsonNode types = JsonMapper.shared().readTree(response.text()).path("data").path("__schema").path("types");
        assertThat(types.size()).isPositive();
        List<String> cut = new ArrayList<>();
        Pattern midSentence = Pattern.compile("\n[a-z]");
        for (JsonNode type : types) {
            if (type.path("name").asString().startsWith("__")) {
                continue; // graphql-java's own introspection types
            }
            List<JsonNode> described = new ArrayList<>(List.of(type));
            type.path("fields").forEach(field -> {
                described.add(field);
                field.path("args").forEach(described::add);
            });
            for (JsonNode element : described) {
                String description = element.path("description").asString("");
                if (midSentence.matcher(description).find()) {
                    cut.add(type.path("name").asString() + "." + element.path("name").asString());
                }
            }
        }
        assertThat(cut).as("descriptions served with a line break in mid-sentence").isEmpty();
    }

    private List<String> scan(Page page, String label) {
        List<String> problems = new ArrayList<>();
        page.navigate("http://localhost:" + port + "/graphiql");
        assertThat(page.locator(".graphiql-container")).isVisible();
        assertThat(page.locator(".graphiql-tab").first()).isVisible();
        problems.addAll(WebPages.accessibilityViolations(page, label + " (opened)"));

        page.locator(".graphiql-execute-button").click();
        assertThat(page.locator(".graphiql-response")).containsText("\"graphSummary\"");
        problems.addAll(WebPages.accessibilityViolations(page, label + " (result)"));

        page.getByLabel("Show Documentation Explorer").click();
        assertThat(page.locator(".graphiql-doc-explorer")).isVisible();
        problems.addAll(WebPages.accessibilityViolations(page, label + " (docs)"));
        return problems;
    }
}
