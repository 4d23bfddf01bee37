package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * The answer comes first: on a phone, the nearest voluntary-sector representative, their board and how to
 * reach them are on the first screen after Enter; every level follows, folded, a gap said in words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class AnswerFirstBrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = { 360, 1280 })
    void theNearestRepresentativeTheirBoardAndHowToReachThemAreOnTheFirstScreen(int width, Page page) {
        int height = width == 360 ? 640 : 800;
        page.setViewportSize(width, height);
        WebPages.open(page, port, "#/find");
        page.getByLabel("Postcode, town, school or organisation").fill("GU51 3AA");
        page.keyboard().press("Enter");

        Locator headline = page.locator("[data-answer] .app-headline");
        assertThat(headline).containsText("Your nearest voluntary-sector representative");
        assertThat(headline).containsText("Hart Local Children's Partnership");
        Locator mail = headline.locator("a[href^='mailto:']");
        assertThat(mail).isVisible();
        assertThat(headline).containsText("Last verified");
        for (Locator part : new Locator[] { headline.locator(".app-person__name"), mail,
                headline.locator(".govuk-summary-card__title") }) {
            var box = part.boundingBox();
            assertThat(box.y).as("on the first screen").isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as("on the first screen at " + width + " px").isLessThanOrEqualTo(height);
        }
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("speaks for the voluntary sector for GU51 3AA – trustmap$"));
        assertThat(page.locator("[data-answer] .app-answer__as-at")).hasText("Hampshire's data as at 20 November 2026.");

        Locator levels = page.locator("[data-answer] details.app-level");
        assertThat(levels).hasCount(6);
        assertThat(page.locator("[data-answer] details.app-level[open]")).hasCount(0);
        levels.first().locator("summary").click();
        assertThat(levels.first().locator(".app-level__message")).isVisible();

        assertThat(WebPages.seriousAccessibilityViolations(page, "find answer first at " + width + " px")).isEmpty();
        WebPages.screenshot(page, "find-answer-first-" + width);
    }

    @Test
    void aGapIsSaidInWordsAndInventedOrganisationsAreLabelled(Page page) {
        WebPages.open(page, port, "#/find?q=Gosport");

        Locator lcp = page.locator("[data-answer] details[data-level=LOCAL_CHILDRENS_PARTNERSHIP]");
        assertThat(lcp.locator("summary")).hasText("Local Children's Partnership: No seat");
        assertThat(page.locator("[data-answer] .app-headline"))
                .containsText("Gosport Local Children's Partnership has no voluntary-sector seat.");
        assertThat(page.locator("[data-answer] .app-cvs .app-tag--example").first()).hasText("Example data");
    }

    @Test
    void aPlaceNotCoveredSaysSoPlainly(Page page) {
        page.setViewportSize(360, 640);
        WebPages.open(page, port, "#/find?q=Southampton");

        assertThat(page.locator("[data-answer] h2")).hasText("trustmap does not hold the network for ‘Southampton’ yet");
        assertThat(page.locator("[data-answer]")).containsText("Southampton is a unitary authority with its own Children's Trust");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^trustmap does not hold the network for ‘Southampton’ yet"));
        assertThat(WebPages.seriousAccessibilityViolations(page, "find not covered at 360 px")).isEmpty();
    }

    @Test
    void theCoverageRegisterListsEveryAuthority(Page page) {
        WebPages.open(page, port, "#/coverage");
        page.waitForSelector("[data-register][data-state=ready]",
                new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));

        assertThat(page.locator("[data-register-body] tr").count()).isGreaterThanOrEqualTo(153);
        assertThat(page.locator("[data-register-summary]")).containsText("with their partnerships only (seats not known)");
        assertThat(page.locator("[data-register-body] tr", new Page.LocatorOptions().setHasText("Kent")).first())
                .containsText("Partnerships only: seats not known");
        assertThat(WebPages.seriousAccessibilityViolations(page, "coverage register")).isEmpty();
    }
}
