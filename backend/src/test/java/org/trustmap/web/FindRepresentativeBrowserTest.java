package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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

    @Test
    void anOrganisationIsAnsweredWithWhatItSitsOnAndThroughWhomAndAVoluntaryBodyWithTheSeatsItHolds(Page page) {
        WebPages.open(page, port, "#/find?q=Hampshire+Constabulary");
        Locator answer = page.locator("[data-answer]");
        // Two questions, each planned by Neo4j the first time it sees it: slow on a busy machine.
        assertThat(answer.locator("h2")).hasText("What Hampshire Constabulary sits on, and through whom",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        // Not the place answer: nobody "speaks for the voluntary sector for" a police force.
        assertThat(answer).not().containsText("Who speaks for the voluntary sector");
        assertThat(answer).not().containsText("council for voluntary service");
        assertThat(answer.locator(".app-answer__summary")).containsText("Hampshire Constabulary sits on 14 boards on ");
        assertThat(answer.locator(".app-answer__summary")).containsText("through 14 people.");
        Locator board = answer.locator(".app-seat", new Locator.LocatorOptions().setHasText("Hampshire Children's Trust Board"));
        assertThat(board).containsText("Police representative");
        assertThat(board).containsText("Quinn Example");
        assertThat(page).hasTitle("Hampshire Constabulary sits on 14 boards – trustmap");
        assertThat(WebPages.accessibilityViolations(page, "an organisation's answer")).isEmpty();

        WebPages.open(page, port, "#/find?q=Hampshire+Alliance");
        assertThat(answer.locator("h2")).hasText("The seats Hampshire Alliance holds");
        assertThat(answer).not().containsText("Who speaks for the voluntary sector for Hampshire Alliance");
        assertThat(answer.locator(".app-answer__summary")).containsText("Hampshire Alliance holds 3 seats on 3 boards on ");
        assertThat(answer.locator(".app-seat")).hasCount(3);
        assertThat(answer.locator(".app-seat", new Locator.LocatorOptions().setHasText("Hampshire Children's Trust Board")))
                .containsText("Kendall Example");
        assertThat(answer).containsText("voluntary and community sector");
        assertThat(WebPages.accessibilityViolations(page, "a voluntary body's answer")).isEmpty();
    }

    @Test
    void sentencesWriteDatesInWordsAndAnAmbiguousAnswerListsItsCandidatesOnce(Page page) {
        WebPages.open(page, port, "#/find?q=GU51+3AA&asOf=2026-01-15");
        Locator answer = page.locator("[data-answer]");
        assertThat(answer).containsText("on 15 January 2026");
        assertThat(answer.innerText()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        WebPages.open(page, port, "#/find?q=Basingstok");
        // The fuzzy search behind a misspelling is planned by Neo4j the first time: slow on a busy machine.
        assertThat(answer.locator("h2")).hasText("Which \u2018Basingstok\u2019 do you mean?",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(answer.locator("h2 + p")).hasText(Pattern.compile("^\u2018Basingstok\u2019 could mean \\d+ places\\. Choose one\\.$"));
        assertThat(answer.locator(".app-choices li").first()).isVisible();
    }

    @Test
    void theSuggestionsOfferTheTownItselfAndChoosingItAnswersForTheTown(Page page) {
        WebPages.open(page, port, "#/find");
        page.getByLabel("Postcode, town, school or organisation").pressSequentially("Fleet");
        Locator town = page.getByRole(AriaRole.OPTION).first();
        assertThat(town).containsText("Fleet");
        assertThat(town).containsText("Town in Hart");
        town.click();
        assertThat(page.locator("[data-answer] h2")).hasText("Who speaks for the voluntary sector for Fleet");
        assertThat(page.locator("[data-answer]")).containsText("the postal town of");
    }

    private static boolean focusedIsMailto(Page page) {
        return (Boolean) page.evaluate("() => document.activeElement?.getAttribute('href')?.startsWith('mailto:') ?? false");
    }
}
