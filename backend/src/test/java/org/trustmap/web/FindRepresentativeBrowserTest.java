package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * "Who speaks for us?": a voluntary group's coordinator gets from a postcode, a school or a misspelt
 * town to a name, a board and a way to make contact, with a pointer or with the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class FindRepresentativeBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aHampshirePostcodeAnswersWithHartLcpItsVoluntarySectorRepresentativeAndHowToReachThem(Page page) {
        WebPages.open(page, port, "#/find");
        // A first question, then the one measured.
        page.getByLabel("Postcode, town, school or organisation").fill("GU51 1AA");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.locator("[data-answer] h2")).hasText("Who speaks for the voluntary sector for GU51 1AA");
        WebPages.report("find-your-representative, first answer in a new page (GU51 1AA)", WebPages.measure(page, "trustmap:find"));

        page.getByLabel("Postcode, town, school or organisation").fill("GU51 3AA");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();

        Locator answer = page.locator("[data-answer]");
        assertThat(answer.locator("h2")).hasText("Who speaks for the voluntary sector for GU51 3AA");
        assertThat(answer).containsText("GU51 3AA is a postcode in Hart");
        Locator lcp = answer.locator(".app-level", new Locator.LocatorOptions().setHasText("Local Children's Partnership"))
                .locator(".app-seat").first();
        assertThat(lcp).containsText("Hart Local Children's Partnership");
        assertThat(lcp).containsText("Voluntary sector representative");
        assertThat(lcp).containsText("On behalf of");
        assertThat(lcp.locator("a[href^='mailto:']")).hasCount(1);
        assertThat(answer.locator(".app-seat--vacant").first()).containsText("Nobody holds this seat");
        assertThat(answer.locator(".app-cvs")).containsText("Hart Council for Voluntary Service");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("#/find\\?q=GU51(\\+|%20)3AA$"));

        double answerTime = WebPages.measure(page, "trustmap:find");
        WebPages.report("find-your-representative answer after Enter (GU51 3AA)", answerTime);
        assertThat(answerTime).isPositive().isLessThan(5_000);
        WebPages.screenshot(page, "find-postcode");
        WebPages.screenshot(page.locator("main"), "find-postcode-answer");
    }

    @Test
    void aSchoolChosenFromTheSuggestionsIsUnderstoodAsTheSchoolAndTheLinkCanBeShared(Page page) {
        WebPages.open(page, port, "#/find");
        page.getByLabel("Postcode, town, school or organisation").pressSequentially("Fleet Inf");
        Locator option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Fleet Infant School"));
        assertThat(option).isVisible();
        assertThat(page.locator("#find-place")).hasAttribute("aria-expanded", "true");
        option.click();

        assertThat(page.locator("[data-answer] h2")).hasText("Who speaks for the voluntary sector for Fleet Infant School");
        assertThat(page.locator("[data-answer]")).containsText("Fleet Infant School is a school in Hart");
        assertThat(page.locator("[data-answer]")).containsText("Hart Local Children's Partnership");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("id=school:116003"));

        // The same link opened afresh gives the same answer.
        page.navigate(page.url());
        page.reload();
        assertThat(page.locator("[data-answer]")).containsText("Fleet Infant School is a school in Hart");
        assertThat(page.locator("#find-place")).hasValue("Fleet Infant School");
    }

    @Test
    void anUnknownPlaceShowsTheSuggestionsAndAnAmbiguousOneTheCandidatesAsLinks(Page page) {
        WebPages.open(page, port, "#/find?q=Flet");
        Locator answer = page.locator("[data-answer]");
        assertThat(answer.locator("h2")).hasText("We could not find ‘Flet’");
        Locator suggestion = answer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Fleet Infant School"));
        assertThat(suggestion).isVisible();
        WebPages.screenshot(page, "find-not-found");

        suggestion.click();
        assertThat(answer).containsText("Fleet Infant School is a school in Hart");
        page.goBack();
        assertThat(answer.locator("h2")).hasText("We could not find ‘Flet’");

        WebPages.open(page, port, "#/find?q=Waterlooville");
        assertThat(answer.locator("h2")).hasText("Which ‘Waterlooville’ do you mean?");
        answer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Havant")).click();
        assertThat(answer).containsText("Havant");
        assertThat(answer.locator(".app-seat").first()).isVisible();
    }

    @Test
    void theWholeFindFlowWorksWithTheKeyboardAlone(Page page) {
        WebPages.open(page, port, "#/find");
        page.keyboard().press("Tab");
        assertThat(page.locator(".govuk-skip-link")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#find-place")).isFocused();

        page.keyboard().type("Fleet Inf");
        assertThat(page.getByRole(AriaRole.OPTION).first()).isVisible();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#find-place")).hasAttribute("aria-activedescendant", "find-place-options-0");
        assertThat(page.locator("#find-place-options-0")).hasAttribute("aria-selected", "true");
        page.keyboard().press("Enter");

        Locator heading = page.locator("[data-answer] h2");
        assertThat(heading).hasText("Who speaks for the voluntary sector for Fleet Infant School");
        assertThat(heading).isFocused();
        // Tab onwards reaches the first way to make contact.
        for (int i = 0; i < 5 && !focusedIsMailto(page); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(focusedIsMailto(page)).as("an email link is reached by Tab").isTrue();

        // A second question, typed and sent with Enter.
        page.locator("#find-place").focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("GU51 3AA");
        page.keyboard().press("Enter");
        assertThat(heading).hasText("Who speaks for the voluntary sector for GU51 3AA");
    }

    private static boolean focusedIsMailto(Page page) {
        return (Boolean) page.evaluate("() => document.activeElement?.getAttribute('href')?.startsWith('mailto:') ?? false");
    }
}
