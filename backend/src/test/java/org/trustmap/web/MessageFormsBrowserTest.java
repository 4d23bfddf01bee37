package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trustmap.messages.MessagesSchedule;
import org.trustmap.support.BrowserExtension;

/**
 * The message pages in Chromium with a real SMTP server (GreenMail): from a find answer's "Write to" to the
 * form, its errors (GOV.UK error summary, each message beside its field), "Check your email", the emailed
 * link's page and "on its way"; the alerts form, its confirmation and the one-click unsubscribe page; the
 * privacy notice. axe-core finds nothing serious on any of them, and the strict CSP is never violated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class MessageFormsBrowserTest {

    static final Pattern LINK = Pattern.compile("link\\.html\\?token=([A-Za-z0-9_\\-.]+)");
    static final int SMTP_PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("trustmap.messages.send-interval", () -> "1h");
        // Not the defaults: the privacy notice must show the periods this copy keeps things for.
        registry.add("trustmap.messages.retention", () -> "21d");
        registry.add("trustmap.corrections.retention", () -> "P6M");
    }

    @LocalServerPort
    int port;

    @Autowired
    MessagesSchedule schedule;

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void aVoluntaryGroupWritesToItsRepresentativeAndSubscribesToAlerts(Page page) throws Exception {
        page.addInitScript("""
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective));""");
        List<String> problems = new ArrayList<>();
        WebPages.open(page, port, "#/find?q=GU51%203AA");
        Locator write = page.locator("[data-answer] .app-write-to a").first();
        assertThat(write).containsText("Write to ");
        String name = write.textContent().substring("Write to ".length());
        write.click();

        assertThat(page.locator("h1")).hasText("Write to " + name);
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "write form"));
        page.getByLabel("Your email address").fill("not an email");
        page.getByLabel("Your message").fill("x".repeat(5001));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my message")).click();
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.locator("a")).hasCount(3);
        assertThat(summary).containsText("Enter your name");
        assertThat(page.locator("[data-field=email] .govuk-error-message")).containsText("correct format");
        assertThat(page.locator("[data-field=message] .govuk-error-message")).containsText("5,000 characters or fewer");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "write form with errors"));
        summary.locator("a", new Locator.LocatorOptions().setHasText("Enter your name")).click();
        assertThat(page.getByLabel("Your name")).isFocused();

        page.getByLabel("Your name").fill("Sam Sender");
        page.getByLabel("Your email address").fill("sam.browser@example.net");
        page.getByLabel("Your organisation (optional)").fill("Fleet Youth Club");
        page.getByLabel("Your message").fill("We would like to invite you to our open evening.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my message")).click();
        assertThat(page.locator("h1")).hasText("Check your email");
        assertThat(page.locator("main")).not().containsText("@example.org");
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "write: check your email"));

        schedule.runOnce();
        page.navigate("http://localhost:" + port + "/link.html?token=" + token("sam.browser@example.net"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my message")).click();
        assertThat(page.locator("h1")).hasText("Your message is on its way");
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "link: message sent"));

        page.navigate("http://localhost:" + port + "/alerts.html?area=partnership:hart-lcp&name=Hart%20Local%20Children%27s%20Partnership");
        page.getByLabel("Your email address").fill("watcher.browser@example.net");
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "alerts form"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();
        assertThat(page.locator("h1")).hasText("Check your email");
        schedule.runOnce();
        MimeMessage confirmation = received("watcher.browser@example.net").getFirst();
        String unsubscribe = confirmation.getHeader("List-Unsubscribe", null);
        page.navigate("http://localhost:" + port + "/link.html?token=" + token("watcher.browser@example.net"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start my alerts")).click();
        assertThat(page.locator("h1")).hasText("Your alerts have started");

        Matcher token = Pattern.compile("token=([^>]+)>").matcher(unsubscribe);
        assertThat(token.find()).isTrue();
        page.navigate("http://localhost:" + port + "/link.html?token=" + token.group(1));
        assertThat(page.locator("h1")).hasText("You have unsubscribed");
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "link: unsubscribed"));

        page.navigate("http://localhost:" + port + "/link.html?token=forged.token");
        assertThat(page.locator("h1")).hasText("This link did not work");

        page.navigate("http://localhost:" + port + "/privacy.html");
        assertThat(page.locator("h1")).hasText("Privacy notice");
        assertThat(page.locator("body[data-retention-read]")).hasCount(1);
        var shown = new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setUseInnerText(true);
        assertThat(page.locator("main")).containsText("are deleted 21 days after delivery;", shown);
        assertThat(page.locator("main")).containsText("A correction you report is kept for 6 months.", shown);
        assertThat(page.locator("main")).not().containsText("28 days", shown);
        problems.addAll(WebPages.seriousAccessibilityViolations(page, "privacy notice"));

        assertThat(problems).isEmpty();
        assertThat((List<?>) page.evaluate("() => window.cspViolations")).isEmpty();
    }

    private static String token(String to) throws Exception {
        Matcher m = LINK.matcher(received(to).getLast().getContent().toString());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<MimeMessage> received(String to) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(to::equalsIgnoreCase);
            }
            catch (Exception ex) {
                throw new AssertionError(ex);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
