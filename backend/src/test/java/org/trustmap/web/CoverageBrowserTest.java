package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/** "Who represents the VCS where?": one table, every area against every level, gaps said in words. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class CoverageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theTableShowsEveryAreaAgainstEveryLevelWithStatusesInWordsAndSorts(Page page) {
        WebPages.open(page, port, "#/coverage");
        Locator rows = page.locator("[data-coverage-body] tr");
        // Each Hampshire district has one LCP covering all of it: the pair shares a row.
        assertThat(rows).hasCount(11);
        assertThat(rows.first()).containsText("District and its only LCP");
        assertThat(page.locator("[data-coverage-merged]")).containsText("the two share a row");
        // Area, District, the three levels that differ by area (sub-group, LCP, steering group), Vacancies, Gaps.
        assertThat(page.locator("[data-coverage-head] th")).hasCount(7);
        assertThat(page.locator("[data-coverage-head]")).not().containsText("Children's Trust Board");
        Locator gosport = rows.filter(new Locator.FilterOptions().setHasText("Gosport Local Children's Partnership"));
        assertThat(gosport).containsText("No seat");
        Locator rushmoor = rows.filter(new Locator.FilterOptions().setHasText("Rushmoor Local Children's Partnership"));
        assertThat(rushmoor).containsText("Vacant");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Hart Local Children's Partnership"))).containsText("Held");
        assertThat(page.locator("[data-coverage-count]")).containsText("11 areas shown");
        WebPages.screenshot(page, "coverage");

        Locator vacancies = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vacancies in the area"));
        vacancies.click();
        vacancies.click();
        assertThat(page.locator("th[aria-sort=descending]")).hasText("Vacancies in the area");
        assertThat(rows.first().locator("th")).containsText("Rushmoor");
        assertThat(page).hasURL(Pattern.compile("sort=vacancies&dir=desc"));
        page.goBack();
        assertThat(page.locator("th[aria-sort=ascending]")).hasText("Vacancies in the area");

        page.getByLabel("Only areas with a gap or a vacancy").check();
        assertThat(page).hasURL(Pattern.compile("gaps=1"));
        // The county Board's vacant seat is not every area's vacancy: only Gosport (no LCP seat) and Rushmoor
        // (its LCP and sub-group seats vacant) are left.
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("Gosport");
        assertThat(rows.nth(1)).containsText("Rushmoor");
        assertThat(page.locator("[data-coverage-count]")).containsText("2 areas shown: 1 with no voluntary-sector seat at some level, 1 with a vacant seat");
    }

    @Test
    void levelsHeldForTheWholeCountyAreSaidOnceWithEachOfTheirSeats(Page page) {
        WebPages.open(page, port, "#/coverage");
        Locator shared = page.locator("[data-coverage-shared]");
        assertThat(shared.locator("h2")).hasText("Held for all of Hampshire");
        Locator board = shared.locator("[data-level=TRUST_BOARD]");
        assertThat(board).containsText("Children's Trust Board (Hampshire Children's Trust Board)");
        // Two voluntary-sector seats on the Board, one of them vacant: each is said.
        assertThat(board).containsText("Held 2 seats: Kendall Example for Hampshire Alliance; Vacant");
        assertThat(shared.locator("[data-level=SAFEGUARDING]")).containsText("Frankie Sample for Hampshire Alliance");
        assertThat(page.locator("[data-coverage-body]")).not().containsText("Kendall Example");
        // An area's vacancies are its own: Rushmoor's LCP seat and its sub-group's, not the Board's.
        Locator rushmoor = page.locator("[data-coverage-body] tr").filter(new Locator.FilterOptions().setHasText("Rushmoor"));
        assertThat(rushmoor.locator("td").nth(4)).hasText("2");
        assertThat(WebPages.accessibilityViolations(page, "coverage with the shared levels")).isEmpty();
    }

    @Test
    void theTableDownloadsAsCsvAsShown(Page page) throws IOException {
        WebPages.open(page, port, "#/coverage?sort=district");
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download as CSV")).click());
        assertThat(download.suggestedFilename()).matches("trustmap-hampshire-coverage-\\d{4}-\\d{2}-\\d{2}\\.csv");
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).startsWith("\uFEFFArea,Kind,District,Sub-group: status,Sub-group: held by,")
                .contains(",Children's Trust Board (for all of Hampshire): held by,")
                .endsWith(",Vacancies in the area,Levels with no seat,As of");
        String day = download.suggestedFilename().replaceAll(".*-(\\d{4}-\\d{2}-\\d{2})\\.csv", "$1");
        assertThat(lines.get(1)).startsWith("Basingstoke and Deane Local Children's Partnership,District and its only Local "
                + "Children's Partnership,Basingstoke and Deane,Not applicable,None,Held,Hayden Placeholder for ")
                // Each of the Board's two seats, the vacant one too; the table's "None" where nothing is missing; the day.
                .contains(",Held,Kendall Example for Hampshire Alliance; Vacant,")
                .endsWith(",0,None," + day);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(",,").doesNotEndWith(","));
        assertThat(String.join("\n", lines)).contains("Gosport Local Children's Partnership,District and its only Local "
                + "Children's Partnership,Gosport").contains("No seat").contains(",2,None," + day);
    }
}
