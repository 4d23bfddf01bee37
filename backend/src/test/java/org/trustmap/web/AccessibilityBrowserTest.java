package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * WCAG 2.2 AA as far as a machine can tell: axe-core finds no serious or critical problem on any view, on
 * a laptop or on a 360 pixel phone. (The keyboard-only run is in FindRepresentativeBrowserTest, the list
 * that mirrors the map in NetworkBrowserTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class AccessibilityBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void everyViewPassesAnAxeScanOnALaptop(Page page) {
        List<String> problems = new ArrayList<>();
        WebPages.open(page, port, "#/find?q=GU51%203AA");
        assertThat(page.locator("[data-answer] .app-seat").first()).isVisible();
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "find (answer)"));

        WebPages.open(page, port, "#/find?q=Flet");
        assertThat(page.locator("[data-answer] h2")).containsText("could not find");
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "find (not found)"));

        page.locator("#find-place").fill("Fleet");
        assertThat(page.locator("#find-place-options [role=option]").first()).isVisible();
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "find (suggestions open)"));

        WebPages.open(page, port, "#/network?node=partnership:hart-lcp");
        assertThat(page.locator("[data-panel] h2")).hasText("Hart Local Children's Partnership");
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "network (panel open)"));

        WebPages.open(page, port, "#/coverage");
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "coverage"));

        assertThat(problems).isEmpty();
    }

    @Test
    void everyViewPassesAnAxeScanOnA360PixelPhone(Page page) {
        page.setViewportSize(360, 740);
        List<String> problems = new ArrayList<>();
        WebPages.open(page, port, "#/find?q=GU51%203AA");
        assertThat(page.locator("[data-answer] .app-seat").first()).isVisible();
        assertThat(scrollsSideways(page)).as("the find view fits a 360 px screen").isFalse();
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "phone find"));
        WebPages.screenshot(page, "phone-find");

        WebPages.open(page, port, "#/network");
        assertThat(scrollsSideways(page)).as("the network view fits a 360 px screen").isFalse();
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "phone network"));
        WebPages.screenshot(page, "phone-network");

        WebPages.open(page, port, "#/coverage");
        assertThat(scrollsSideways(page)).as("the table scrolls inside its own region, not the page").isFalse();
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "phone coverage"));

        assertThat(problems).isEmpty();
    }

    private static boolean scrollsSideways(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }
}
