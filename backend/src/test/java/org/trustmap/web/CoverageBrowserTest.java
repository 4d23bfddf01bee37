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
        assertThat(rows).hasCount(22);
        assertThat(page.locator("[data-coverage-head] th")).hasCount(10);
        Locator gosport = rows.filter(new Locator.FilterOptions().setHasText("Gosport Local Children's Partnership"));
        assertThat(gosport).containsText("No seat");
        Locator rushmoor = rows.filter(new Locator.FilterOptions().setHasText("Rushmoor Local Children's Partnership"));
        assertThat(rushmoor).containsText("Vacant");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Hart Local Children's Partnership"))).containsText("Held");
        assertThat(page.locator("[data-coverage-count]")).containsText("22 areas shown");
        WebPages.screenshot(page, "coverage");

        Locator vacancies = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vacancies"));
        vacancies.click();
        vacancies.click();
        assertThat(page.locator("th[aria-sort=descending]")).hasText("Vacancies");
        assertThat(rows.first().locator("th")).containsText("Rushmoor");
        assertThat(page).hasURL(Pattern.compile("sort=vacancies&dir=desc"));
        page.goBack();
        assertThat(page.locator("th[aria-sort=ascending]")).hasText("Vacancies");

        page.getByLabel("Only areas with a gap or a vacancy").check();
        assertThat(page.locator("[data-coverage-count]")).containsText("areas shown");
        assertThat(page).hasURL(Pattern.compile("gaps=1"));
    }

    @Test
    void theTableDownloadsAsCsvAsShown(Page page) throws IOException {
        WebPages.open(page, port, "#/coverage?sort=district");
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download as CSV")).click());
        assertThat(download.suggestedFilename()).matches("trustmap-hampshire-coverage-\\d{4}-\\d{2}-\\d{2}\\.csv");
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(23);
        assertThat(lines.get(0)).startsWith("\uFEFFArea,Kind,District,Sub-group: status,Sub-group: held by,");
        assertThat(lines.get(1)).startsWith("Basingstoke and Deane,District,Basingstoke and Deane,Not applicable,");
        assertThat(String.join("\n", lines)).contains("Gosport Local Children's Partnership,Local Children's Partnership,Gosport")
                .contains("No seat").contains("Vacant");
    }
}
