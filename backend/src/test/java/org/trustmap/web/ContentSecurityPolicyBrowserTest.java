package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * The page is ready for a Content-Security-Policy without 'unsafe-inline': served under a strict one, it
 * works and the browser reports no violation (no inline script or style, nothing from elsewhere).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ContentSecurityPolicyBrowserTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @LocalServerPort
    int port;

    @Test
    void everyViewWorksUnderAStrictContentSecurityPolicy(Page page) {
        page.route(url -> url.endsWith("/") || url.contains("/#"), ContentSecurityPolicyBrowserTest::withPolicy);
        page.addInitScript("""
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                  e => window.cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber));""");

        WebPages.open(page, port, "#/find?q=GU51%203AA");
        assertThat(page.locator("[data-answer] .app-seat").first()).isVisible();
        WebPages.open(page, port, "#/network?node=partnership:hart-lcp&highlight=1");
        assertThat(page.locator("[data-panel] h2")).hasText("Hart Local Children's Partnership");
        WebPages.open(page, port, "#/coverage");
        assertThat(page.locator("[data-coverage-body] tr").first()).isVisible();

        assertThat((List<?>) page.evaluate("() => window.cspViolations")).isEmpty();

        // The policy was in force: an inline style is refused.
        page.evaluate("() => { const style = document.createElement('style'); style.textContent = 'body { color: red }'; document.head.append(style); }");
        page.waitForFunction("() => window.cspViolations.length === 1");
    }

    private static void withPolicy(Route route) {
        var response = route.fetch();
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.put("content-security-policy", POLICY);
        route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
    }
}
