package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * The page works under the server's strict Content-Security-Policy (no 'unsafe-inline'): the browser
 * reports no violation on any view (no inline script or style, nothing from elsewhere).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class ContentSecurityPolicyBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void everyViewWorksUnderAStrictContentSecurityPolicy(Page page) {
        page.addInitScript("""
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                  e => window.cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber));""");

        WebPages.open(page, port, "#/find?q=GU51%203AA");
        String policy = page.request().get("http://localhost:" + port + "/").headers().get("content-security-policy");
        assertThat(policy).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.locator("[data-answer] .app-seat").first()).isVisible();
        assertThat(violations(page)).as("find").isEmpty();
        WebPages.open(page, port, "#/network?node=partnership:hart-lcp&highlight=1");
        assertThat(page.locator("[data-panel] h2")).hasText("Hart Local Children's Partnership");
        assertThat(violations(page)).as("network").isEmpty();
        WebPages.open(page, port, "#/coverage");
        assertThat(page.locator("[data-coverage-body] tr").first()).isVisible();
        assertThat(violations(page)).as("coverage").isEmpty();

        // The policy was in force: an inline style is refused.
        page.evaluate("() => { const style = document.createElement('style'); style.textContent = 'body { color: red }'; document.head.append(style); }");
        page.waitForFunction("() => window.cspViolations.length === 1");
    }

    private static List<?> violations(Page page) {
        return (List<?>) page.evaluate("() => window.cspViolations");
    }
}
