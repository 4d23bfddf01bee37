package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** The suggestions box follows the WAI-ARIA combobox pattern: what is typed after a highlight wins over it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ComboboxBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void typingAfterHighlightingASuggestionClearsTheHighlightSoEnterAnswersForTheTypedText(Page page) {
        WebPages.open(page, port, "#/find");
        Locator box = page.getByLabel("Postcode, town, school or organisation");
        box.pressSequentially("Havant");
        Locator academy = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Havant Academy School")));
        assertThat(academy).isVisible();
        box.press("ArrowDown");
        assertThat(page.locator("#find-place-options [role=option][aria-selected=true]")).hasCount(1);
        assertThat(box).hasAttribute("aria-activedescendant", Pattern.compile(".+"));

        box.pressSequentially(" Borough Council");
        assertThat(page.locator("#find-place-options [role=option][aria-selected=true]")).hasCount(0);
        assertThat(box).not().hasAttribute("aria-activedescendant", Pattern.compile(".*"));
        box.press("Enter");

        assertThat(page).hasURL(Pattern.compile("#/find\\?q=Havant(\\+|%20)Borough(\\+|%20)Council$"));
        assertThat(box).hasValue("Havant Borough Council");
        // The question asked is the typed text (its answer's wording belongs to FindRepresentativeBrowserTest).
        Locator answer = page.locator("[data-answer]");
        assertThat(answer).not().containsText("Looking up", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(answer).not().containsText("Havant Academy");
    }
}
