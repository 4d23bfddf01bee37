package org.trustmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * What the web page's browser tests share: opening a view, waiting for it to be ready, reading the
 * timings the page measures, saving screenshots, and the axe-core accessibility scan.
 */
final class WebPages {

    /** axe-core 4.11, from the com.deque.html.axe-core:playwright jar on the test classpath. */
    private static final String AXE = readAxe();

    static {
        // The first requests of a test JVM warm up the JIT and Neo4j on a busy two-core machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    private WebPages() {
    }

    private static boolean warm;

    private static final Set<String> READY_VIEWS = Set.of("network", "coverage", "checking", "changes");

    /** Opens a view and waits until it has drawn what its URL asks for. */
    static void open(Page page, int port, String hash) {
        page.setDefaultTimeout(30_000);
        warmUp(page, port);
        page.navigate("http://localhost:" + port + "/" + hash);
        String view = hash.replaceFirst("^#/", "").replaceFirst("\\?.*", "");
        // Every view but find says when it has drawn what was asked (data-state=ready); a key pressed before that
        // can land on a form still hidden while the view asks who is signed in.
        if (READY_VIEWS.contains(view)) {
            waitReady(page, view);
        }
    }

    /**
     * Runs each of the page's queries once per test JVM and reports how long a fresh server takes: Neo4j
     * plans a query the first time it sees it (seconds for the larger ones on a busy two-core machine),
     * which would otherwise fall on whichever test happens to run first.
     */
    private static synchronized void warmUp(Page page, int port) {
        if (warm) {
            return;
        }
        warm = true;
        page.navigate("http://localhost:" + port + "/favicon.svg");
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) page.evaluate("""
                async () => {
                  const { query } = await import('/js/graphql.js');
                  const find = await import('/js/find/find-queries.js');
                  const network = await import('/js/network/network-queries.js');
                  const coverage = await import('/js/coverage/coverage-view.js');
                  const timed = async (document, variables) => {
                    const start = performance.now();
                    await query(document, variables).catch(() => null);
                    return performance.now() - start;
                  };
                  return [await timed(find.FIND_REPRESENTATIVES, { place: 'GU51 1AA' }),
                    await timed(find.SEARCH, { text: 'Fleet', first: 8 }),
                    await timed(network.AUTHORITY_NETWORK, { authority: 'authority:E10000014' }),
                    await timed(network.NODE_DETAILS, { id: 'partnership:hart-lcp' }),
                    await timed(coverage.COVERAGE, { authority: 'authority:E10000014' }),
                    // A name is resolved by another query than a postcode (and a misspelling's close matches with it).
                    await timed(find.FIND_REPRESENTATIVES, { place: 'Flet' }),
                    await timed(find.SEATS_OF, { organisation: 'body:hampshire-constabulary' })];
                }""");
        report("first findRepresentatives of a fresh server (query planning included)", times.get(0).doubleValue());
        report("first search of a fresh server", times.get(1).doubleValue());
        report("first authorityNetwork of a fresh server", times.get(2).doubleValue());
        report("first node details of a fresh server", times.get(3).doubleValue());
        report("first representationCoverage of a fresh server", times.get(4).doubleValue());
        report("first findRepresentatives by name of a fresh server", times.get(5).doubleValue());
        report("first seatsOf of a fresh server", times.get(6).doubleValue());
    }

    /**
     * Waits for a view's ready flag (the network's is set once its first drawing, SVG, is painted). For the
     * network, it then asks for the live map, as a first pan or zoom would, waits until the map says it shows
     * ({@code data-map="live"}), and gives the test's scripts {@code cy}, the map's Cytoscape core, which the page
     * itself does not put on window: read it inside page.evaluate only (it is not serialisable). Tests of the
     * first drawing itself use {@link #waitFirstDrawing}.
     */
    static void waitReady(Page page, String view) {
        waitViewReady(page, view);
        if (view.equals("network")) {
            page.evaluate("""
                    async () => {
                      const { liveMap, mapCore } = await import('/js/network/network-map.js');
                      await liveMap();
                      Object.defineProperty(window, 'cy', { get: mapCore, configurable: true });
                    }""");
            page.waitForSelector("[data-map=live]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        }
    }

    /** Opens the network view and waits for its first drawing (SVG, {@code data-map="overview-svg"}), leaving the live map unloaded. */
    static void openFirstDrawing(Page page, int port, String hash) {
        page.setDefaultTimeout(30_000);
        warmUp(page, port);
        page.navigate("http://localhost:" + port + "/" + hash);
        waitFirstDrawing(page);
    }

    /** Waits for the network view's first drawing, SVG, without asking for the live map. */
    static void waitFirstDrawing(Page page) {
        waitViewReady(page, "network");
        page.waitForSelector("[data-map=overview-svg] svg.app-map__overview", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
    }

    private static void waitViewReady(Page page, String view) {
        page.waitForSelector("[data-view=" + view + "][data-state=ready]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
    }

    /** When the last performance measure of that name ended, in milliseconds from the page's opening. */
    static double measureEnd(Page page, String name) {
        Object end = page.evaluate("name => { const m = performance.getEntriesByName(name).at(-1); return m ? m.startTime + m.duration : -1; }", name);
        return ((Number) end).doubleValue();
    }

    /** The duration of the last performance measure of that name the page recorded, in milliseconds. */
    static double measure(Page page, String name) {
        Object duration = page.evaluate("name => performance.getEntriesByName(name).at(-1)?.duration ?? -1", name);
        return ((Number) duration).doubleValue();
    }

    /** Prints a figure for the test report (Surefire keeps it in target/surefire-reports/*-output.txt). */
    static void report(String what, double milliseconds) {
        System.out.printf("PERFORMANCE %s: %.0f ms%n", what, milliseconds);
    }

    /** Saves a screenshot of the viewport as target/screenshots/{name}.png. */
    static Path screenshot(Page page, String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    /** Saves a screenshot of one part of the page, however tall, as target/screenshots/{name}.png. */
    static Path screenshot(Locator part, String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
        part.screenshot(new Locator.ScreenshotOptions().setPath(file));
        return file;
    }

    /**
     * Runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on the page as it is, prints every violation and
     * returns the serious and critical ones.
     */
    static List<String> seriousAccessibilityViolations(Page page, String view) {
        return accessibilityViolations(page, view).stream()
                .filter(v -> v.startsWith("serious ") || v.startsWith("critical "))
                .map(v -> v.substring(v.indexOf(' ') + 1))
                .toList();
    }

    /**
     * Runs axe-core as {@link #seriousAccessibilityViolations} does and returns every violation, whatever its
     * impact, each as "impact id: help (target)".
     */
    @SuppressWarnings("unchecked")
    static List<String> accessibilityViolations(Page page, String view) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            // Evaluated by the driver rather than added as a <script>: the page's CSP refuses inline scripts.
            page.evaluate(AXE);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
                  });
                  return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.length, target: String(v.nodes[0]?.target ?? '') }));
                }
                """);
        System.out.printf("AXE %s: %d violations%n", view, violations.size());
        violations.forEach(v -> System.out.printf("AXE %s: %s %s (%s nodes, e.g. %s): %s%n", view, v.get("impact"),
                v.get("id"), v.get("nodes"), v.get("target"), v.get("help")));
        return violations.stream()
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " (" + v.get("target") + ")")
                .toList();
    }

    private static String readAxe() {
        try (InputStream in = WebPages.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
