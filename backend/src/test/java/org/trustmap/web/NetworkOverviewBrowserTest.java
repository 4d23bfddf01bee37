package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
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

/**
 * A person reads the structure at a glance: the overview's labels and collapsed counts, opening a
 * partnership, every authority, a path, what changed, the phone's sheet, the keyboard list, the exports,
 * no layout shift, and axe on each state. Assertions read the map's state (cy, see WebPages.waitReady) and the page, never
 * pixels; targets (time to draw, layout shift, label size) are printed as PERFORMANCE lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class NetworkOverviewBrowserTest {

    private static final String SHOWN = "() => cy.nodes().not('.app-hidden').not('.app-box').length";

    /** Lines drawn behind a node they do not link: each edge's polyline against every other node's box. */
    private static final String HIDDEN_CROSSINGS = """
            () => {
              const hits = (a, b, box) => { let t0 = 0, t1 = 1; const dx = b.x - a.x, dy = b.y - a.y;
                for (const [p, q] of [[-dx, a.x - box.x1], [dx, box.x2 - a.x], [-dy, a.y - box.y1], [dy, box.y2 - a.y]]) {
                  if (p === 0) { if (q < 0) return false; }
                  else { const t = q / p; if (p < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t); if (t0 > t1) return false; } }
                return true; };
              const nodes = cy.nodes().not('.app-hidden').not('.app-box');
              const found = [];
              cy.edges().not('.app-hidden').forEach(e => {
                const points = [e.source().position(), ...(e.segmentPoints() ?? []), e.target().position()];
                nodes.forEach(n => {
                  if (n.same(e.source()) || n.same(e.target())) return;
                  const p = n.position(), w = n.width() / 2, h = n.height() / 2;
                  for (let i = 1; i < points.length; i++) {
                    if (hits(points[i - 1], points[i], { x1: p.x - w, x2: p.x + w, y1: p.y - h, y2: p.y + h })) {
                      found.push(e.id() + ' (' + e.source().id() + ' to ' + e.target().id() + ') behind ' + n.id()); break; } }
                });
              });
              return found;
            }""";

    /** The smallest rendered label of the Trust-level nodes and LCPs, in CSS pixels, and whose it is. */
    private static final String SMALLEST_LABEL = """
            () => { const z = cy.zoom();
              const sizes = cy.nodes('.app-structure').not('.app-hidden').map(n => [parseFloat(n.style('font-size')) * z, n.id()]);
              sizes.sort((a, b) => a[0] - b[0]); return [sizes[0][0], sizes[0][1], sizes.length]; }""";

    @LocalServerPort
    int port;

    @Test
    void theOverviewShowsTheStructureWithLegibleLabelsAndSeatsCountedOnTheirPartnership(Page page) {
        watchLayoutShifts(page);
        WebPages.open(page, port, "#/network");

        int all = count(page, "() => Number(document.querySelector('[data-view=network]').dataset.nodes)");
        int shown = count(page, SHOWN);
        assertThat(shown).as("the overview: Trust, its parts, LCPs, districts").isBetween(20, 60).isLessThan(all / 4);
        assertThat(count(page, "() => cy.nodes('[type = \"Post\"], [type = \"Person\"], [type = \"Body\"], [type = \"School\"]').not('.app-hidden').length"))
                .as("seats, people, bodies and schools are collapsed").isZero();
        assertThat(visible(page, "partnership:hampshire-childrens-trust")).isTrue();
        assertThat(visible(page, "partnership:hampshire-childrens-trust-board")).isTrue();
        assertThat(visible(page, "partnership:hart-lcp")).isTrue();
        // Each LCP sits in its district's box.
        assertThat(page.evaluate("() => cy.getElementById('partnership:hart-lcp').parent().id()")).isEqualTo("district:E07000089");
        assertThat(count(page, "() => cy.nodes('.app-box').not('.app-hidden').length")).isEqualTo(11);
        // Counts on their partnership, in words on the map and in the list.
        String hart = (String) page.evaluate("() => cy.getElementById('partnership:hart-lcp').data('short')");
        assertThat(hart).startsWith("Hart LCP\n").containsPattern("\\d+ seats");
        assertThat((String) page.evaluate("() => cy.getElementById('partnership:hampshire-childrens-trust-board').data('short')"))
                .containsPattern("\\d+ seats, \\d+ vacant");
        assertThat(page.locator("[data-node-list] [data-id='partnership:hart-lcp']")).containsText(Pattern.compile("collapsed: \\d+ seats"));
        // The list holds what the map draws, the district boxes (District nodes) included.
        assertThat(page.locator("[data-node-list] [role=option]")).hasCount(count(page, "() => cy.nodes().not('.app-hidden').length"));
        // Labels the first drawing makes legible, arrows on the lines, and no line behind a node it does not link.
        List<?> smallest = (List<?>) page.evaluate(SMALLEST_LABEL);
        System.out.printf("PERFORMANCE smallest Trust-level or LCP label in the first drawing at 1280x900: %.1f px (%s, of %s labels)%n",
                ((Number) smallest.get(0)).doubleValue(), smallest.get(1), smallest.get(2));
        assertThat(((Number) smallest.get(0)).doubleValue()).isGreaterThanOrEqualTo(10);
        assertThat(page.evaluate("() => cy.edges().not('.app-hidden')[0].style('target-arrow-shape')")).isEqualTo("triangle");
        assertThat((List<?>) page.evaluate(HIDDEN_CROSSINGS)).isEmpty();
        // The map starts in view on a laptop.
        assertThat(((Number) page.evaluate("() => document.querySelector('[data-map]').getBoundingClientRect().top")).doubleValue()).isLessThan(600);

        WebPages.report("overview of Hampshire drawn after opening (fetch, layout, render, two frames)", WebPages.measure(page, "trustmap:network-draw"));
        WebPages.report("overview of Hampshire on screen, from opening the page (target 1 s)", WebPages.measureEnd(page, "trustmap:network-draw"));
        double shift = layoutShift(page);
        System.out.printf("PERFORMANCE cumulative layout shift opening the network view: %.4f%n", shift);
        assertThat(shift).as("no layout shift after first paint").isLessThan(0.1);
        WebPages.screenshot(page, "network-overview");

        // The same network draws the same way at the next visit.
        String positions = (String) page.evaluate("() => JSON.stringify(cy.nodes().not('.app-box').map(n => [n.id(), n.position()]))");
        page.reload();
        WebPages.waitReady(page, "network");
        assertThat(page.evaluate("() => JSON.stringify(cy.nodes().not('.app-box').map(n => [n.id(), n.position()]))")).isEqualTo(positions);
        assertThat(WebPages.seriousAccessibilityViolations(page, "network overview")).isEmpty();
    }

    @Test
    void aPartnershipOpensOnEnterAndClosesAgainAndExpandAllOpensEveryOne(Page page) {
        WebPages.open(page, port, "#/network");
        int overview = count(page, SHOWN);
        assertThat(visible(page, "post:hart-lcp-voluntary-sector-representative")).isFalse();
        assertThat(count(page, "() => cy.elements().length")).as("the map holds only what it draws").isLessThan(200);

        Locator hart = page.locator("[data-node-list] [data-id='partnership:hart-lcp']");
        hart.focus();
        page.keyboard().press("Enter");
        page.waitForFunction("() => cy.getElementById('post:hart-lcp-voluntary-sector-representative').visible()");
        assertThat(page).hasURL(Pattern.compile("open=partnership:hart-lcp"));
        assertThat(count(page, SHOWN)).isGreaterThan(overview);
        // Its seats and people are drawn inside its district's box.
        assertThat(page.evaluate("() => cy.getElementById('post:hart-lcp-voluntary-sector-representative').parent().id()")).isEqualTo("district:E07000089");
        assertThat(page.locator("[data-panel] h2")).hasText("Hart Local Children's Partnership");
        assertThat(WebPages.seriousAccessibilityViolations(page, "network (partnership opened)")).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Collapse its seats and members on the map")).click();
        page.waitForFunction("n => cy.nodes().not('.app-hidden').not('.app-box').length === n", overview);
        assertThat(visible(page, "post:hart-lcp-voluntary-sector-representative")).isFalse();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expand all")).click();
        page.waitForFunction("() => cy.nodes().not('.app-hidden').length === Number(document.querySelector('[data-view=network]').dataset.nodes)");
        assertThat(page).hasURL(Pattern.compile("open=all"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Collapse all"))).hasAttribute("aria-pressed", "true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Collapse all")).click();
        page.waitForFunction("n => cy.nodes().not('.app-hidden').not('.app-box').length === n", overview);
    }

    @Test
    void theAuthorityChooserDrawsKent(Page page) {
        WebPages.open(page, port, "#/network");
        // The map's own chooser: the What changed and Needs checking views have an Authority list too.
        Locator chooser = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("The partnership network"))
                .getByLabel("Authority", new Locator.GetByLabelOptions().setExact(true));
        assertThat(chooser.locator("option")).containsText(new String[] {"Hampshire", "Kent"});
        chooser.selectOption("authority:E10000016");
        page.waitForSelector("[data-view=network][data-state=ready][data-drawn^='authority:E10000016']");
        assertThat(page).hasURL(Pattern.compile("authority=authority:E10000016"));
        assertThat(visible(page, "partnership:kent-childrens-trust")).isTrue();
        assertThat(visible(page, "partnership:hart-lcp")).isFalse();
        // Kent's LCSPs have no district recorded: they are drawn together in a box that says so.
        assertThat(page.evaluate("() => cy.getElementById('partnership:kent-lcsp-01').parent().data('label')")).isEqualTo("LCPs whose district is not recorded");
        assertThat((List<?>) page.evaluate(HIDDEN_CROSSINGS)).isEmpty();
        List<?> smallest = (List<?>) page.evaluate(SMALLEST_LABEL);
        System.out.printf("PERFORMANCE smallest Trust-level or LCP label in Kent's first drawing at 1280x900: %.1f px (%s)%n",
                ((Number) smallest.get(0)).doubleValue(), smallest.get(1));
        assertThat(((Number) smallest.get(0)).doubleValue()).isGreaterThanOrEqualTo(10);
        // No LCP is recorded in any of Kent's districts: they are counted on Kent, not drawn as empty boxes.
        assertThat((String) page.evaluate("() => cy.getElementById('authority:E10000016').data('short')"))
                .isEqualTo("Kent\n12 districts with no LCP");
        assertThat(count(page, "() => cy.nodes('[type = \"District\"]').not('.app-hidden').length")).isZero();
        WebPages.screenshot(page, "network-kent");
        assertThat(WebPages.seriousAccessibilityViolations(page, "network (Kent)")).isEmpty();
        // Opening Kent draws them.
        page.locator("[data-node-list] [data-id='authority:E10000016']").focus();
        page.keyboard().press("Enter");
        page.waitForFunction("() => cy.nodes('[type = \"District\"]').not('.app-hidden').length === 12");

        // The URL alone draws it too.
        WebPages.open(page, port, "#/network?authority=authority:E10000016");
        assertThat(visible(page, "partnership:kent-childrens-trust")).isTrue();
        assertThat(chooser).hasValue("authority:E10000016");
    }

    @Test
    void howIsOneThingConnectedToAnotherIsDrawnAndSaidInWords(Page page) {
        WebPages.open(page, port, "#/network");
        page.getByText("How is one thing connected to another?").click();
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).first().pressSequentially("Hart Local Children's Partnership");
        page.locator("#network-path-from-options [role=option]").first().click();
        page.locator("#network-path-to").pressSequentially("Hampshire Children's Trust Board");
        page.locator("#network-path-to-options [role=option]")
                .filter(new Locator.FilterOptions().setHasText("Hampshire Children's Trust Board")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the connection")).click();

        Locator words = page.locator("[data-path-words]");
        assertThat(words).containsText("Hart Local Children's Partnership is connected to Hampshire Children's Trust Board in");
        assertThat(words.locator("li").first()).isVisible();
        assertThat(page).hasURL(Pattern.compile("from=partnership:hart-lcp&to=partnership:hampshire-childrens-trust-board"));
        page.waitForFunction("() => cy.nodes('.app-path').length >= 2 && cy.edges('.app-path').length >= 1");
        assertThat(page.evaluate("() => cy.getElementById('partnership:hart-lcp').hasClass('app-path')")).isEqualTo(true);
        WebPages.screenshot(page, "network-path");
        assertThat(WebPages.seriousAccessibilityViolations(page, "network (path)")).isEmpty();
    }

    @Test
    void whatChangedBetweenTwoDatesIsHighlightedAndListed(Page page) {
        WebPages.open(page, port, "#/network");
        page.getByText("What changed between two dates?").click();
        page.locator("[data-since]").fill("2010-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what changed")).click();
        page.waitForSelector("[data-view=network][data-state=ready][data-drawn$='|2010-01-01']");
        assertThat(page).hasURL(Pattern.compile("since=2010-01-01"));

        Locator words = page.locator("[data-changes-words]");
        assertThat(words).containsText("Between 1 January 2010 and");
        assertThat(words).containsText("added");
        int added = count(page, "() => cy.nodes('.app-added').length");
        int ended = count(page, "() => cy.nodes('.app-ended').length");
        int vacated = count(page, "() => cy.nodes('.app-vacated').length");
        System.out.printf("CHANGES Hampshire between 2010-01-01 and today: %d added, %d ended, %d seats vacated%n", added, ended, vacated);
        assertThat(added + ended + vacated).isPositive();
        // What changed in the structure shows even in the overview.
        assertThat(count(page, "() => cy.nodes('.app-added, .app-ended, .app-vacated').not('.app-hidden').length")).isPositive();
        WebPages.screenshot(page, "network-changes");
        assertThat(WebPages.seriousAccessibilityViolations(page, "network (changes)")).isEmpty();
    }

    @Test
    void onAPhoneTheMapComesFirstAndATappedNodeOpensItsPanelAsASheetWithTheFocus(Page page) {
        page.setViewportSize(360, 740);
        watchLayoutShifts(page);
        WebPages.open(page, port, "#/network");
        double mapTop = ((Number) page.evaluate("() => document.querySelector('[data-map]').getBoundingClientRect().top")).doubleValue();
        assertThat(mapTop).as("the map first").isLessThan(400);
        // The map is first from the first paint on, not moved up once the script unhides the view (0.70 before the
        // phone rule applied from the first paint, 0.68 when the page was painted half-parsed).
        double shift = layoutShift(page);
        System.out.printf("PERFORMANCE cumulative layout shift opening the network view on a phone: %.4f%n", shift);
        assertThat(shift).isLessThan(0.1);
        // Every button is at least 24 px square (WCAG 2.5.8).
        List<?> small = (List<?>) page.evaluate("""
                () => [...document.querySelectorAll('[data-view=network] button')].filter(b => b.offsetParent)
                  .map(b => b.getBoundingClientRect()).filter(r => r.width < 24 || r.height < 24).map(r => r.width + 'x' + r.height)""");
        assertThat(small).isEmpty();

        page.evaluate("() => { cy.zoom(1); cy.center(cy.getElementById('partnership:hart-lcp')); }");
        List<?> at = (List<?>) page.evaluate("""
                () => { const p = cy.getElementById('partnership:hart-lcp').renderedPosition();
                        const box = document.querySelector('[data-map]').getBoundingClientRect();
                        return [box.x + p.x, box.y + p.y]; }""");
        page.mouse().click(((Number) at.get(0)).doubleValue(), ((Number) at.get(1)).doubleValue());
        Locator panel = page.locator("[data-panel]");
        assertThat(panel.locator("h2")).hasText("Hart Local Children's Partnership");
        assertThat(panel).hasClass(Pattern.compile("app-network__panel--sheet"));
        assertThat(panel).isFocused();
        Map<?, ?> box = (Map<?, ?>) page.evaluate("() => { const r = document.querySelector('[data-panel]').getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }");
        assertThat(((Number) box.get("top")).doubleValue()).isBetween(0.0, 740.0);
        assertThat(((Number) box.get("bottom")).doubleValue()).isLessThanOrEqualTo(741.0);
        WebPages.screenshot(page, "phone-network-sheet");
        assertThat(WebPages.seriousAccessibilityViolations(page, "phone network (sheet)")).isEmpty();

        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close details")).click();
        assertThat(panel).not().hasClass(Pattern.compile("app-network__panel--sheet"));
        assertThat(page.locator("[data-map]")).isFocused();

        // The buttons zoom as pinching does.
        double before = ((Number) page.evaluate("() => cy.zoom()")).doubleValue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom in")).click();
        assertThat(((Number) page.evaluate("() => cy.zoom()")).doubleValue()).isGreaterThan(before);
        assertThat(page.evaluate("() => cy.userZoomingEnabled() && cy.userPanningEnabled()")).isEqualTo(true);
    }

    @Test
    void theListKeepsTheFocusOnEnterAnnouncesTheChoiceRetracesItsStepsAndReachesThePanelInOneKey(Page page) {
        WebPages.open(page, port, "#/network");
        Locator list = page.locator("[data-node-list]");
        list.locator("[tabindex='0']").focus();
        page.keyboard().press("Home");
        String first = activeId(page);
        page.keyboard().press("ArrowRight");
        String second = activeId(page);
        page.keyboard().press("ArrowRight");
        String third = activeId(page);
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        page.keyboard().press("ArrowLeft");
        assertThat(activeId(page)).as("Right, Right, Left goes back").isEqualTo(second);
        page.keyboard().press("ArrowLeft");
        assertThat(activeId(page)).isEqualTo(first);

        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("node=" + second));
        page.waitForSelector("[data-view=network][data-state=ready]");
        assertThat(page.locator("[data-panel]")).hasAttribute("data-node-id", second);
        assertThat(activeId(page)).as("the focus stays in the list").isEqualTo(second);
        assertThat(page.locator("#app-announcer")).containsText("Chosen: ");
        assertThat(WebPages.seriousAccessibilityViolations(page, "network (list in use)")).isEmpty();

        page.keyboard().press("p");
        assertThat(page.locator("[data-panel]")).isFocused();
    }

    @Test
    void exportsCarryATitleTheAuthorityTheDateAndAKey(Page page) throws IOException {
        WebPages.open(page, port, "#/network?node=partnership:hart-lcp");
        Download svg = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download SVG")).click());
        assertThat(svg.suggestedFilename()).matches("trustmap-hampshire-network-\\d{4}-\\d{2}-\\d{2}\\.svg");
        String text = Files.readString(svg.path());
        assertThat(text).contains("<title>Hampshire Children&apos;s Trust network</title>", "Authority: Hampshire. As of ",
                ">Key</text>", ">Seat (diamond)</text>", "Structure: part of", "marker-end=\"url(#arrow)\"", ">Hart</text>");
        assertThat(page.evaluate("svg => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('parsererror').length", text)).isEqualTo(0);

        Download png = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download PNG")).click());
        byte[] image = Files.readAllBytes(png.path());
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');
        int width = ((image[16] & 0xff) << 24) | ((image[17] & 0xff) << 16) | ((image[18] & 0xff) << 8) | (image[19] & 0xff);
        assertThat(width).as("the drawing and the key beside it").isGreaterThan(330);
        // The selection highlight is back on the map after a PNG that left it out.
        assertThat(page.evaluate("() => cy.getElementById('partnership:hart-lcp').hasClass('app-selected')")).isEqualTo(true);
    }

    @Test
    void aFindAnswerForAnotherDayLinksToTheMapOfThatDay(Page page) {
        WebPages.open(page, port, "#/find?q=GU51%203AA&asOf=2015-12-31");
        Locator link = page.locator("[data-answer] .app-answer__more a").first();
        assertThat(link).hasAttribute("href", Pattern.compile("#/network\\?.*asOf=2015-12-31"));
        link.click();
        WebPages.waitReady(page, "network");
        assertThat(page.locator("[data-count]")).containsText("as of 31 December 2015");
    }

    @Test
    void theAccessibilityStatementSaysWhatIsNotAccessibleAndHowToComplain(Page page) {
        WebPages.open(page, port, "#/network");
        page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accessibility statement")).click();
        assertThat(page).hasURL(Pattern.compile("/accessibility\\.html$"));
        assertThat(page.locator("h1")).hasText("Accessibility statement for trustmap");
        for (String heading : List.of("How accessible this website is", "Feedback and contact information",
                "Reporting accessibility problems with this website", "Enforcement procedure", "Compliance status",
                "Non-accessible content", "Preparation of this accessibility statement")) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setExact(true))).isVisible();
        }
        assertThat(page.locator("main")).containsText("Equality Advisory and Support Service");
        assertThat(WebPages.seriousAccessibilityViolations(page, "accessibility statement")).isEmpty();
    }

    private static void watchLayoutShifts(Page page) {
        page.addInitScript("""
                window.layoutShift = 0;
                new PerformanceObserver(list => { for (const entry of list.getEntries()) { if (!entry.hadRecentInput) window.layoutShift += entry.value; } })
                  .observe({ type: 'layout-shift', buffered: true });""");
    }

    private static double layoutShift(Page page) {
        page.waitForTimeout(300);
        return ((Number) page.evaluate("() => window.layoutShift")).doubleValue();
    }

    private static String activeId(Page page) {
        return (String) page.evaluate("() => document.activeElement.dataset.id");
    }

    private static boolean visible(Page page, String id) {
        return (Boolean) page.evaluate("id => { const n = cy.getElementById(id); return n.nonempty() && !n.hasClass('app-hidden'); }", id);
    }

    private static int count(Page page, String expression) {
        return ((Number) page.evaluate(expression)).intValue();
    }
}
