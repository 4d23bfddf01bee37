package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * An analyst sees the whole partnership, follows any thread of it, and sees it as it was in any year.
 * Assertions read the map's state (cy, see WebPages.waitReady) and the list that mirrors it, never pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class NetworkBrowserTest {

    private static final String SHOWN = "() => cy.nodes().not('.app-hidden').length";
    /** How many nodes the network has, drawn or collapsed into their partnership (the map holds only what it draws). */
    private static final String TOTAL = "() => Number(document.querySelector('[data-view=network]').dataset.nodes)";
    private static final String SHOWN_NODES = "() => cy.nodes().not('.app-hidden').not('.app-box').length";

    @LocalServerPort
    int port;

    @Test
    void drawsHampshiresPartnershipInLayersWithTheSameListBesideIt(Page page) {
        // Everything opened: every node of the authority's network is drawn (the overview is NetworkOverviewBrowserTest).
        WebPages.open(page, port, "#/network?open=all");

        int nodes = count(page, "() => cy.nodes().length");
        assertThat(nodes).isGreaterThan(300);
        assertThat(count(page, SHOWN)).isEqualTo(nodes);
        assertThat(page.locator("[data-node-list] [role=option]")).hasCount(nodes);
        assertThat(page.locator("[data-count]")).containsText("Showing " + String.format("%,d", nodes) + " nodes");
        // Layers: the authority above the Trust, the Trust above its Board, the Board above the LCPs.
        assertThat(y(page, "authority:E10000014")).isLessThan(y(page, "partnership:hampshire-childrens-trust"));
        assertThat(y(page, "partnership:hampshire-childrens-trust")).isLessThan(y(page, "partnership:hampshire-childrens-trust-board"));
        assertThat(y(page, "partnership:hampshire-childrens-trust-board")).isLessThan(y(page, "partnership:hart-lcp"));

        WebPages.report("network drawn after opening, everything open (fetch, layout, render, two frames)", WebPages.measure(page, "trustmap:network-draw"));
        WebPages.report("  of which the network query", WebPages.measure(page, "trustmap:network-fetch"));
        WebPages.report("then Cytoscape for the live map, after the first drawing (preloaded when idle)", WebPages.measure(page, "trustmap:network-library"));
        WebPages.report("  of which drawing", WebPages.measure(page, "trustmap:network-render"));
        WebPages.screenshot(page, "network");
        WebPages.screenshot(page.locator(".app-network__body"), "network-map");

        // The same data gives the same drawing at the next visit.
        String positions = (String) page.evaluate("() => JSON.stringify(cy.nodes().map(n => [n.id(), n.position()]))");
        page.reload();
        WebPages.waitReady(page, "network");
        assertThat(page.evaluate("() => JSON.stringify(cy.nodes().map(n => [n.id(), n.position()]))")).isEqualTo(positions);
    }

    @Test
    void clickingANodeOpensItsPanelWithItsSeatsAndMembers(Page page) {
        WebPages.open(page, port, "#/network");
        page.evaluate("() => { cy.zoom(1.2); cy.center(cy.getElementById('partnership:hart-lcp')); }");
        List<?> at = (List<?>) page.evaluate("""
                () => { const p = cy.getElementById('partnership:hart-lcp').renderedPosition();
                        const box = document.querySelector('[data-map]').getBoundingClientRect();
                        return [box.x + p.x, box.y + p.y]; }""");
        page.mouse().click(((Number) at.get(0)).doubleValue(), ((Number) at.get(1)).doubleValue());

        Locator panel = page.locator("[data-panel]");
        assertThat(panel.locator("h2")).hasText("Hart Local Children's Partnership");
        assertThat(panel).containsText("Seats and members");
        assertThat(panel).containsText("Voluntary sector representative");
        assertThat(page).hasURL(Pattern.compile("node=partnership:hart-lcp"));
        assertThat(page.locator("[data-node-list] [aria-selected=true]")).containsText("Hart Local Children's Partnership");
        WebPages.screenshot(page, "network-panel");

        // Its neighbours can be added: the Fleet cluster's schools are not in the authority's drawing.
        panel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Fleet cluster").setExact(true)).first().click();
        assertThat(panel.locator("h2")).hasText("Fleet cluster");
        int before = count(page, TOTAL);
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add its neighbours to the map")).click();
        page.waitForFunction("n => Number(document.querySelector('[data-view=network]').dataset.nodes) > n", before);
        assertThat(page).hasURL(Pattern.compile("expand=cluster:hart-fleet"));
        // Hart's partnership is open (it was chosen), so the cluster's schools are drawn in its box.
        page.waitForFunction("() => cy.nodes('[type = \"School\"]').length > 0");
    }

    @Test
    void focusAndFiltersChangeWhatIsDrawnAndTheListFollows(Page page) {
        WebPages.open(page, port, "#/network?node=partnership:hart-lcp&focus=1");
        int all = count(page, TOTAL);
        int oneStep = count(page, SHOWN);
        assertThat(oneStep).isBetween(2, 40);
        assertThat(page.locator("[data-node-list] [role=option]")).hasCount(oneStep);

        page.getByLabel("Around the chosen node, show").selectOption("2");
        page.waitForFunction("n => cy.nodes().not('.app-hidden').length > n", oneStep);
        assertThat(page).hasURL(Pattern.compile("focus=2"));

        page.getByLabel("Around the chosen node, show").selectOption("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expand all")).click();
        page.waitForFunction("n => cy.nodes().not('.app-hidden').length === n", all);
        page.getByLabel("Person", new Page.GetByLabelOptions().setExact(false)).first().uncheck();
        page.waitForFunction("() => cy.nodes('[type = \"Person\"]').not('.app-hidden').length === 0");
        assertThat(page).hasURL(Pattern.compile("hide=Person"));
        assertThat(count(page, SHOWN)).isLessThan(all);

        page.getByLabel("Statutory").uncheck();
        page.waitForFunction("() => cy.nodes('[sector = \"STATUTORY\"]').not('.app-hidden').length === 0");

        page.locator("#network-district").selectOption(new SelectOption().setLabel("Hart"));
        page.waitForFunction("() => cy.nodes().not('.app-hidden').every(n => !n.data('district') || n.data('district') === 'district:E07000089')");
        assertThat(page.locator("[data-node-list] [role=option]")).hasCount(count(page, SHOWN));

        page.getByLabel("Highlight voluntary-sector seats and vacancies").check();
        page.waitForFunction("() => cy.nodes('.app-vcs').length > 0");
        WebPages.screenshot(page, "network-filtered");
    }

    @Test
    void theYearControlShowsTheNetworkAsItWas(Page page) {
        WebPages.open(page, port, "#/network");
        int today = count(page, TOTAL);

        WebPages.open(page, port, "#/network?asOf=2008");
        page.waitForSelector("[data-view=network][data-drawn*='|2008-12-31|']");
        int in2008 = count(page, TOTAL);
        assertThat(in2008).isPositive().isNotEqualTo(today);
        assertThat(page.locator("[data-count]")).containsText("as of 31 December 2008");

        // The range is a keyboard control: End goes to today.
        page.getByLabel("Show the network as it was in").focus();
        page.keyboard().press("End");
        page.waitForFunction("n => Number(document.querySelector('[data-view=network]').dataset.nodes) === n", today);
        assertThat(page).not().hasURL(Pattern.compile("asOf="));
    }

    @Test
    void searchFliesToANodeAndTheListIsDrivenByTheKeyboard(Page page) {
        WebPages.open(page, port, "#/network");
        page.getByLabel("Find on the map").pressSequentially("Rushmoor Local Children's Partnership");
        assertThat(page.locator("#network-find-options [role=option]").first()).containsText("Rushmoor Local Children's Partnership");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-panel] h2")).hasText("Rushmoor Local Children's Partnership");
        page.waitForFunction("() => cy.getElementById('partnership:rushmoor-lcp').hasClass('app-selected')");

        Locator list = page.locator("[data-node-list]");
        list.locator("[tabindex='0']").focus();
        page.keyboard().press("Home");
        assertThat(list.locator("[role=option]").first()).isFocused();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowDown");
        String chosen = (String) page.evaluate("() => document.activeElement.dataset.id");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("node=" + chosen));
        assertThat(page.locator("[data-panel]")).hasAttribute("data-node-id", chosen);
    }

    @Test
    void theDrawingDownloadsAsPngAndSvg(Page page) throws IOException {
        WebPages.open(page, port, "#/network?node=partnership:hart-lcp&focus=1");
        Download png = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download PNG")).click());
        assertThat(png.suggestedFilename()).matches("trustmap-hampshire-network-\\d{4}-\\d{2}-\\d{2}\\.png");
        byte[] image = Files.readAllBytes(png.path());
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');

        Download svg = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download SVG")).click());
        String text = Files.readString(svg.path());
        assertThat(text).startsWith("<?xml").contains("<svg").contains("Hart LCP");
        assertThat(text.split("class=\"node-label\"", -1)).hasSize(count(page, SHOWN_NODES) + 1);
    }

    @Test
    void panningAndZoomingStaySmoothWithFiveThousandElements(Page page) {
        WebPages.open(page, port, "#/network");
        int elements = count(page, """
                async () => {
                  const have = cy.elements().length, add = [];
                  const nodes = Math.ceil((5000 - have) * 0.4);
                  for (let i = 0; i < nodes; i++) add.push({ group: 'nodes', data: { id: 'load-' + i, type: 'Person', label: 'Load ' + i, short: 'Load ' + i },
                    position: { x: (i % 60) * 80 - 2400, y: 1500 + Math.floor(i / 60) * 70 } });
                  for (let i = 0; cy.elements().length + add.length < 5000; i++) add.push({ group: 'edges',
                    data: { id: 'load-e' + i, source: 'load-' + (i % nodes), target: 'load-' + ((i * 7 + 1) % nodes), type: 'HOLDS' } });
                  cy.add(add); cy.fit(undefined, 24);
                  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                  return cy.elements().length;
                }""");
        assertThat(elements).isGreaterThanOrEqualTo(5000);

        page.evaluate("() => { window.frameTimes = []; const loop = t => { frameTimes.push(t); if (!window.stopFrames) requestAnimationFrame(loop); }; requestAnimationFrame(loop); }");
        var box = page.locator("[data-map]").boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            page.mouse().wheel(0, i < 5 ? -200 : 200);
            page.waitForTimeout(40);
        }
        page.mouse().down();
        for (int i = 0; i < 30; i++) {
            page.mouse().move(x + 8 * i, y + 4 * i);
        }
        page.mouse().up();
        page.waitForTimeout(300);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<?> stats = (List<?>) page.evaluate("""
                () => { window.stopFrames = true;
                  const gaps = frameTimes.slice(1).map((t, i) => t - frameTimes[i]).sort((a, b) => a - b);
                  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
                  return [gaps.length, mean, gaps[Math.floor(gaps.length * 0.95)], gaps.at(-1)]; }""");
        double mean = ((Number) stats.get(1)).doubleValue();
        System.out.printf("PERFORMANCE pan and zoom with %d elements: %s frames in %.1f s, mean frame %.1f ms (%.0f fps), 95th percentile %.1f ms, longest %.1f ms%n",
                elements, stats.get(0), seconds, mean, 1000 / mean, ((Number) stats.get(2)).doubleValue(), ((Number) stats.get(3)).doubleValue());
        WebPages.screenshot(page, "network-5000-elements");
        assertThat(mean).isLessThan(250);
    }

    private static int count(Page page, String expression) {
        return ((Number) page.evaluate(expression)).intValue();
    }

    private static double y(Page page, String id) {
        return ((Number) page.evaluate("id => cy.getElementById(id).position('y')", id)).doubleValue();
    }
}
