package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * The overview's first drawing is SVG, on screen before Cytoscape has loaded (or if it never does): its
 * labels, boxes, counts and arrows, every node a link that opens its panel by click or Enter. The first pan
 * or zoom puts the live map in its place at the same positions and view, without a layout shift.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class NetworkFirstDrawingBrowserTest {

    private static final String CYTOSCAPE = "**/cytoscape.esm.min.mjs";

    /** The smallest label of the Trust-level nodes and LCPs (bold) on screen, in CSS pixels. */
    private static final String SMALLEST_STRUCTURE_LABEL = """
            () => Math.min(...[...document.querySelectorAll('svg.app-map__overview text[font-weight=bold]')]
              .map(t => t.getScreenCTM().a * parseFloat(t.getAttribute('font-size'))))""";

    /** Where a node of the first drawing is on screen: the centre of its shape. */
    private static final String NODE_CENTRE = """
            id => { const r = document.querySelector(`svg.app-map__overview a[data-id="${id}"] g[stroke] > *`).getBoundingClientRect();
                    return [r.x + r.width / 2, r.y + r.height / 2]; }""";

    @LocalServerPort
    int port;

    @Test
    void theOverviewIsDrawnWithItsLabelsWithoutCytoscapeAndANodeOpensItsPanelByClickOrEnter(Page page) {
        AtomicInteger asked = new AtomicInteger();
        page.route(CYTOSCAPE, route -> {
            asked.incrementAndGet();
            route.abort();
        });
        WebPages.openFirstDrawing(page, port, "#/network");
        WebPages.report("overview of Hampshire on screen as SVG with Cytoscape refused, from opening the page (the JVM's first page: cold browser)", WebPages.measureEnd(page, "trustmap:network-draw"));

        Locator map = page.locator("[data-map]");
        assertThat(map).hasAttribute("data-map", "overview-svg");
        Locator nodes = page.locator("svg.app-map__overview a[data-id]");
        assertThat(nodes.count()).as("the overview: Trust, its parts, LCPs, districts").isBetween(20, 60);
        assertThat(page.locator("svg.app-map__overview a[data-id^='post:']")).hasCount(0);
        // Labels, in their district's box, with what is collapsed into them.
        Locator hart = page.locator("svg.app-map__overview a[data-id='partnership:hart-lcp']");
        assertThat(String.join(" ", hart.locator("tspan").allTextContents())).startsWith("Hart LCP ").containsPattern("\\d+ seats");
        assertThat(hart).hasAttribute("aria-label", Pattern.compile("^Hart Local Children's Partnership, Partnership \\(board or group\\): \\d+ seats"));
        assertThat(page.locator("svg.app-map__overview .app-box-label")).hasCount(11);
        assertThat(page.locator("svg.app-map__overview .app-box-label").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Hart$")))).hasCount(1);
        assertThat(page.locator("svg.app-map__overview polyline[marker-end='url(#arrow)']").count()).isGreaterThan(10);
        double smallest = ((Number) page.evaluate(SMALLEST_STRUCTURE_LABEL)).doubleValue();
        System.out.printf("PERFORMANCE smallest Trust-level or LCP label in the SVG first drawing at 1280x900: %.1f px%n", smallest);
        assertThat(smallest).isGreaterThanOrEqualTo(10);
        assertThat(page.evaluate("async () => (await import('/js/network/network-map.js')).mapCore() === null")).isEqualTo(true);
        assertThat(WebPages.seriousAccessibilityViolations(page, "network first drawing")).isEmpty();
        WebPages.screenshot(page, "network-first-drawing");

        // A click opens the node's panel and its partnership, drawn again in SVG.
        hart.locator("g[stroke] > *").click();
        assertThat(page.locator("[data-panel] h2")).hasText("Hart Local Children's Partnership");
        assertThat(page).hasURL(Pattern.compile("node=partnership:hart-lcp.*open=partnership:hart-lcp|open=partnership:hart-lcp.*node=partnership:hart-lcp"));
        assertThat(page.locator("svg.app-map__overview a[data-id='post:hart-lcp-voluntary-sector-representative']")).hasCount(1);
        assertThat(page.locator("svg.app-map__overview a.app-map__node--chosen")).hasAttribute("data-id", "partnership:hart-lcp");

        // Enter on a node does the same, and the focus stays on it.
        Locator board = page.locator("svg.app-map__overview a[data-id='partnership:hampshire-childrens-trust-board']");
        board.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-panel] h2")).hasText("Hampshire Children's Trust Board");
        assertThat(page.locator("svg.app-map__overview a[data-id='partnership:hampshire-childrens-trust-board']")).isFocused();
        // One tab stop for the nodes; arrows move between them (they do not pan the first drawing).
        assertThat(page.locator("svg.app-map__overview a[data-id][tabindex='0']")).hasCount(1);
        page.keyboard().press("ArrowRight");
        String next = (String) page.evaluate("() => document.activeElement.dataset.id");
        assertThat(next).isNotNull().isNotEqualTo("partnership:hampshire-childrens-trust-board");
        page.keyboard().press("ArrowLeft");
        assertThat(page.evaluate("() => document.activeElement.dataset.id")).isEqualTo("partnership:hampshire-childrens-trust-board");
        assertThat(map).hasAttribute("data-map", "overview-svg");
        assertThat(WebPages.seriousAccessibilityViolations(page, "network first drawing (node chosen)")).isEmpty();
        System.out.printf("FIRST DRAWING requests for Cytoscape refused while it was shown: %d%n", asked.get());
    }

    @Test
    void theFirstZoomPutsTheLiveMapInTheFirstDrawingsPlaceAtTheSamePositions(Page page) {
        page.addInitScript("""
                window.layoutShift = 0;
                new PerformanceObserver(list => { for (const entry of list.getEntries()) { if (!entry.hadRecentInput) window.layoutShift += entry.value; } })
                  .observe({ type: 'layout-shift', buffered: true });""");
        WebPages.openFirstDrawing(page, port, "#/network");
        List<?> before = (List<?>) page.evaluate(NODE_CENTRE, "partnership:hart-lcp");
        List<?> trust = (List<?>) page.evaluate(NODE_CENTRE, "partnership:hampshire-childrens-trust");

        Locator map = page.locator("[data-map]");
        var box = map.boundingBox();
        page.mouse().move(box.x + 12, box.y + 12);
        page.mouse().wheel(0, -100);
        assertThat(map).hasAttribute("data-map", "live");
        assertThat(page.locator("svg.app-map__overview")).hasCount(0);
        page.evaluate("async () => { const { mapCore } = await import('/js/network/network-map.js'); Object.defineProperty(window, 'cy', { get: mapCore, configurable: true }); }");
        for (var entry : List.of(List.of("partnership:hart-lcp", before), List.of("partnership:hampshire-childrens-trust", trust))) {
            List<?> live = (List<?>) page.evaluate("""
                    id => { const p = cy.getElementById(id).renderedPosition(); const r = document.querySelector('[data-map]').getBoundingClientRect();
                            return [r.x + p.x, r.y + p.y]; }""", entry.get(0));
            List<?> svg = (List<?>) entry.get(1);
            assertThat(((Number) live.get(0)).doubleValue()).as("%s x", entry.get(0)).isCloseTo(((Number) svg.get(0)).doubleValue(), org.assertj.core.data.Offset.offset(1.5));
            assertThat(((Number) live.get(1)).doubleValue()).as("%s y", entry.get(0)).isCloseTo(((Number) svg.get(1)).doubleValue(), org.assertj.core.data.Offset.offset(1.5));
        }
        // The live map zooms from here on.
        double zoom = ((Number) page.evaluate("() => cy.zoom()")).doubleValue();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom in")).click();
        assertThat(((Number) page.evaluate("() => cy.zoom()")).doubleValue()).isGreaterThan(zoom);
        page.waitForTimeout(300);
        double shift = ((Number) page.evaluate("() => window.layoutShift")).doubleValue();
        System.out.printf("PERFORMANCE cumulative layout shift, the first drawing and its swap for the live map: %.4f%n", shift);
        assertThat(shift).isLessThan(0.1);
        WebPages.report("  Cytoscape loaded on the first zoom in", WebPages.measure(page, "trustmap:network-library"));
    }

    @Test
    void theFirstDrawingFitsAResizedWindowAndAnArrowKeyLoadsTheLiveMapAndPansIt(Page page) {
        WebPages.openFirstDrawing(page, port, "#/network");
        page.setViewportSize(800, 900);
        page.waitForFunction("() => { const m = document.querySelector('[data-map]'); const svg = m.querySelector('svg.app-map__overview');"
                + " return svg && Number(svg.getAttribute('width')) === m.clientWidth; }");
        double before = ((Number) page.evaluate("() => document.querySelector('svg.app-map__overview > g').transform.baseVal[0].matrix.e")).doubleValue();
        page.locator("[data-map]").focus();
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("[data-map]")).hasAttribute("data-map", "live");
        page.waitForFunction("""
                async x => { const { mapCore } = await import('/js/network/network-map.js'); return Math.abs(mapCore().pan().x - (x + 60)) < 0.5; }""", before);
        assertThat(page.locator("[data-map]")).isFocused();
    }
}
