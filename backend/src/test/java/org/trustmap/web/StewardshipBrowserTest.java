package org.trustmap.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.support.BrowserExtension;
import org.trustmap.support.Testshire;

/**
 * The partnership officer's workspace in a real browser, by keyboard, on Testshire: a reader reports a
 * mistake, an editor signs in, works through Needs checking (rejects one correction, accepts another,
 * checks a seat "still correct"), sees it in the holding's History, What changed and the feed; a stale
 * check from a second browser; another authority's editor sees no controls; axe on every new view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class StewardshipBrowserTest {

    static final String QUEUE = "#/checking?authority=authority%3AE10999999";

    @LocalServerPort
    int port;

    @BeforeAll
    static void importTestshire(@Autowired NetworkImporter importer) {
        Testshire.load(importer);
    }

    /**
     * Neo4j plans each query the first time it sees it: the needs-checking queue (the rules over time inside it)
     * takes longer than an assertion waits on a busy machine, so each new view's query is asked once first.
     */
    @BeforeAll
    static void planTheNewQueries(@Autowired org.springframework.core.env.Environment environment) {
        org.trustmap.support.GraphQlHttp http = new org.trustmap.support.GraphQlHttp(
                Integer.parseInt(environment.getProperty("local.server.port", "8080")));
        for (String query : List.of("{ needsChecking(authority: \"authority:E10999999\") { total items { reason record "
                + "message since post { id name partnership { id name } } membership { id version lastVerified person { id name } } "
                + "correction { id about authority field whatIsWrong rightValue source replyWanted receivedAt } } } }",
                "{ changes(area: \"authority:E10999999\", from: \"2014-01-01\", to: \"2014-12-31\") { total } }")) {
            http.post(query, Map.of(), org.trustmap.support.GraphQlHttp.EDITOR);
        }
    }

    /**
     * This class's queries (the queue, the spreadsheet's checks) are planned anew after each import changes the
     * graph's statistics; on the shared two-core machine the first of each can outlast 15 s.
     */
    @BeforeAll
    static void waitLongerForFirstAnswers() throws ClassNotFoundException {
        // WebPages sets the shared 15 s when it is first loaded: load it first, then set this class's wait.
        Class.forName(WebPages.class.getName(), true, StewardshipBrowserTest.class.getClassLoader());
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    static void waitAsOtherTestsDo() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void removeTestshire(@Autowired NetworkImporter importer, @Autowired Driver driver) {
        importer.remove(Testshire.ID);
        driver.executableQuery("MATCH (c:Correction {dataset: $d}) DETACH DELETE c")
                .withParameters(Map.of("d", Testshire.ID)).execute();
    }

    private String url(String hash) {
        return "http://localhost:" + port + "/" + hash;
    }

    /** Signs in with the form, by keyboard. */
    private void signIn(Page page, String user, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").focus();
        page.keyboard().type(user);
        page.keyboard().press("Tab");
        page.keyboard().type(password);
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
    }

    private void report(Page page, String about, String what) {
        page.navigate(url("#/report?about=" + about + "&name=Chair"));
        page.locator("#report-what").focus();
        page.keyboard().type(what);
        page.keyboard().press("Tab");
        page.keyboard().type("Cllr New Chair");
        page.locator("#report-email").focus();
        page.keyboard().type("reader@example.org");
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-report-done]")).isVisible();
    }

    @Test
    void aReaderReportsAMistakeThenAnEditorRejectsOneAndAcceptsAnother(Page page) {
        WebPages.open(page, port, "#/report?about=post:testshire-board-chair&name=Chair");
        assertThat(page.locator("[data-report-about]")).containsText("Chair (post:testshire-board-chair)");
        assertThat(WebPages.seriousAccessibilityViolations(page, "report")).isEmpty();
        page.locator("#report-email").focus();
        page.keyboard().type("not an address");
        page.keyboard().press("Enter");
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isFocused();
        assertThat(summary).containsText("What is wrong: is required");
        assertThat(summary).containsText("Email address: 'not an address' is not an email address");
        assertThat(page.locator("[data-field=whatIsWrong] .govuk-error-message")).isVisible();
        assertThat(WebPages.seriousAccessibilityViolations(page, "report with errors")).isEmpty();
        page.locator("#report-email").fill("");
        page.locator("#report-what").focus();
        page.keyboard().type("The chair changed in May");
        page.locator("[data-report-form] button[type=submit]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-report-done]")).isVisible();
        report(page, "post:testshire-board-vcs", "Ben left in June");

        signIn(page, "editor", "test-editor-password");
        page.navigate(url(QUEUE + "&reason=CORRECTION"));
        Locator items = page.locator("[data-reason=CORRECTION]");
        assertThat(items).hasCount(2);
        assertThat(page.locator("[data-count=CORRECTION]")).containsText("(2)");
        assertThat(page.locator("[data-signed-in]")).hasText("Signed in as editor");
        assertThat(WebPages.seriousAccessibilityViolations(page, "needs checking")).isEmpty();

        Locator chair = page.locator("[data-reason=CORRECTION][data-record='post:testshire-board-chair']");
        chair.locator("[data-reject]").focus();
        page.keyboard().press("Enter");
        assertThat(chair).containsText("is required to reject");
        chair.locator("textarea").focus();
        page.keyboard().type("The minutes of May say the chair stayed");
        chair.locator("[data-reject]").focus();
        page.keyboard().press("Enter");
        assertThat(items).hasCount(1);
        // Nothing to change (the correction names no field): accepted as it is.
        page.locator("[data-reason=CORRECTION] [data-accept-only]").focus();
        page.keyboard().press("Enter");
        assertThat(items).hasCount(0);
        assertThat(page.locator("[data-count=CORRECTION]")).containsText("(0)");
    }

    @Test
    void anEditorChecksASeatStillCorrectAndSeesItInHistoryWhatChangedAndTheFeed(Page page) {
        signIn(page, "editor", "test-editor-password");
        WebPages.open(page, port, QUEUE + "&reason=NOT_VERIFIED");
        // The first queue of a fresh server can take long on a busy machine (the rules over time run inside it).
        Locator cat = page.locator("[data-reason=NOT_VERIFIED][data-record='membership:board-chair-cat']");
        assertThat(cat).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        cat.locator("[data-verify]").focus();
        page.keyboard().press("Enter");
        assertThat(cat).hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(90_000));

        page.navigate(url("#/network?authority=authority%3AE10999999&node=partnership%3Atestshire-board"));
        WebPages.waitReady(page, "network");
        Locator panel = page.locator("[data-panel]");
        assertThat(panel.locator("[data-verify='membership:board-chair-cat']")).isVisible();
        Locator history = panel.locator("details.app-history").filter(new Locator.FilterOptions().setHasText("Cat Specimen"));
        history.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(history.locator("[data-action=verifySeat]")).containsText("by editor");
        assertThat(panel.locator("[data-report]").first()).isVisible();
        assertThat(WebPages.seriousAccessibilityViolations(page, "node panel of an editor")).isEmpty();

        page.navigate(url("#/changes?area=authority%3AE10999999"));
        assertThat(page.locator("[data-change=VERIFIED]").filter(new Locator.FilterOptions().setHasText("Cat Specimen")))
                .hasCount(1);
        assertThat(WebPages.seriousAccessibilityViolations(page, "what changed")).isEmpty();
        String feed = page.locator("[data-changes-feed]").getAttribute("href");
        String atom = page.request().get("http://localhost:" + port + "/" + feed).text();
        assertThat(atom).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("Cat Specimen (invented) checked, still correct");
    }

    @Test
    void anEditorAppointsSomeoneWithABadDateThenAGoodOneAndSeesItInHistoryAndTheFeed(Page page) {
        signIn(page, "editor", "test-editor-password");
        WebPages.open(page, port, "#/network?authority=authority%3AE10999999&node=partnership%3Anorthdale-lcp");
        WebPages.waitReady(page, "network");
        Locator change = page.locator("[data-panel] details.app-change").first();
        change.locator("summary").focus();
        page.keyboard().press("Enter");
        Locator form = change.locator("form");
        Locator person = form.locator("select[name=person]");
        assertThat(person.locator("option", new Locator.LocatorOptions().setHasText("Ben Sample"))).hasCount(1);
        person.focus();
        page.keyboard().type("Ben");
        assertThat(person).hasValue("person:ben-sample");
        form.locator("input[name=validFrom]").focus();
        page.keyboard().type("2026-13");
        page.keyboard().press("Enter");
        assertThat(form.locator(".govuk-error-summary")).isFocused();
        assertThat(form.locator("[data-field=validFrom] .govuk-error-message")).containsText("2026-13");
        assertThat(WebPages.seriousAccessibilityViolations(page, "change form with an error")).isEmpty();

        form.locator("input[name=validFrom]").fill("");
        form.locator("input[name=validFrom]").focus();
        page.keyboard().type("2026-11");
        page.keyboard().press("Enter");
        Locator panel = page.locator("[data-panel]");
        assertThat(panel).containsText("Ben Sample");
        Locator history = panel.locator("details.app-history").filter(new Locator.FilterOptions().setHasText("Ben Sample"));
        history.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(history.locator("[data-action=appointMember]")).containsText("by editor");
        String atom = page.request().get("http://localhost:" + port + "/feeds/changes.atom?area=partnership:northdale-lcp").text();
        assertThat(atom).contains("Ben Sample (invented) appointed to Voluntary sector representative");
    }

    @Test
    void aSpreadsheetIsPreviewedAndAppliedAndARefusedOneChangesNothing(Page page) {
        signIn(page, "editor", "test-editor-password");
        WebPages.open(page, port, QUEUE);
        String header = "id,person,post,onBehalfOf,role,validFrom,validTo,source,sourceUrl,lastVerified\n";
        page.locator("#bulk-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("refused.csv", "text/csv",
                (header + "membership:board-vcs-cat-2021,person:cat-specimen,post:testshire-board-vcs,,MEMBER,2021-01,,test,,\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("[data-bulk-form] button[type=submit]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-bulk=refused]")).hasAttribute("data-count", "1");
        assertThat(page.locator("[data-bulk=refused]")).containsText("already held by person:ben-sample");
        assertThat(page.locator("[data-bulk-apply]")).hasCount(0);
        assertThat(WebPages.seriousAccessibilityViolations(page, "spreadsheet refused")).isEmpty();

        page.locator("#bulk-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("good.csv", "text/csv",
                (header + "membership:northdale-vcs-cat-2018,person:cat-specimen,post:northdale-lcp-vcs,,MEMBER,2018-01,2018-12,test,,\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("[data-bulk-form] button[type=submit]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-bulk=added]")).hasAttribute("data-count", "1");
        page.locator("[data-bulk-apply]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-bulk-applied]")).containsText("1 changes written");
        String node = page.request().post("http://localhost:" + port + "/graphql", com.microsoft.playwright.options.RequestOptions
                .create().setHeader("Content-Type", "application/json").setHeader("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("editor:test-editor-password".getBytes()))
                .setData("{\"query\":\"{ a: node(id: \\\"membership:northdale-vcs-cat-2018\\\") { id } "
                        + "b: node(id: \\\"membership:board-vcs-cat-2021\\\") { id } }\"}")).text();
        assertThat(node).contains("\"a\":{\"id\":\"membership:northdale-vcs-cat-2018\"}").contains("\"b\":null");
    }

    @Test
    void whatChangedIsPublicAndListsAPeriodsChanges(Page page) {
        WebPages.open(page, port, "#/changes?area=authority%3AE10999999&from=2014-01-01&to=2014-12-31");
        assertThat(page.locator("[data-changes-count]")).hasAttribute("data-changes-count", "2");
        assertThat(page.locator("[data-change]").first()).containsText("Appointed");
        assertThat(page.locator("[data-change=ENDED]")).containsText("Ada Example");
        assertThat(page.locator("[data-nav=checking]")).isHidden();
        assertThat(page.locator("[data-account] a")).hasText("Sign in");
        assertThat(WebPages.seriousAccessibilityViolations(page, "what changed, signed out")).isEmpty();

        page.navigate(url(QUEUE));
        assertThat(page.locator("[data-checking-sign-in]")).isVisible();
        assertThat(WebPages.seriousAccessibilityViolations(page, "needs checking, signed out")).isEmpty();
    }

    @Test
    void aStaleCheckFromASecondBrowserShowsWhatChangedAndCanBeConfirmedAgain(Page page) {
        Browser browser = page.context().browser();
        BrowserContext otherContext = browser.newContext();
        try {
            Page other = otherContext.newPage();
            signIn(page, "editor", "test-editor-password");
            signIn(other, "admin", "test-admin-password");
            page.navigate(url("#/network?authority=authority%3AE10999999&node=partnership%3Atestshire-board"));
            other.navigate(url("#/network?authority=authority%3AE10999999&node=partnership%3Atestshire-board"));
            WebPages.waitReady(page, "network");
            WebPages.waitReady(other, "network");
            Locator mine = page.locator("[data-panel] [data-verify='membership:board-vcs-ben']");
            Locator theirs = other.locator("[data-panel] [data-verify='membership:board-vcs-ben']");
            assertThat(mine).isVisible();
            assertThat(theirs).isVisible();

            Locator theirGroup = other.locator("[data-panel] .app-verify__group").filter(new Locator.FilterOptions().setHas(
                    other.locator("[data-verify='membership:board-vcs-ben']")));
            Locator myGroup = page.locator("[data-panel] .app-verify__group").filter(new Locator.FilterOptions().setHas(
                    page.locator("[data-verify='membership:board-vcs-ben']")));
            theirs.click();
            assertThat(theirGroup.locator(".app-verify__status")).containsText("recorded");
            mine.focus();
            page.keyboard().press("Enter");

            assertThat(myGroup.locator(".app-verify__status--problem")).containsText("Someone changed it meanwhile");
            myGroup.locator(".app-verify__again").focus();
            page.keyboard().press("Enter");
            assertThat(myGroup.locator(".app-verify__status")).containsText("recorded");
        }
        finally {
            otherContext.close();
        }
    }

    @Test
    void aStaleEditFromASecondBrowserListsWhatChangedAndCanBeReapplied(Page page) {
        BrowserContext otherContext = page.context().browser().newContext();
        try {
            Page other = otherContext.newPage();
            String northdale = "#/network?authority=authority%3AE10999999&node=partnership%3Anorthdale-lcp";
            signIn(page, "editor", "test-editor-password");
            signIn(other, "admin", "test-admin-password");
            WebPages.open(page, port, northdale);
            other.navigate(url(northdale));
            WebPages.waitReady(page, "network");
            WebPages.waitReady(other, "network");
            Locator mine = page.locator("[data-panel] [data-change-record='partnership:northdale-lcp']");
            Locator theirs = other.locator("[data-panel] [data-change-record='partnership:northdale-lcp']");
            theirs.locator("summary").click();
            theirs.locator("textarea[name=note]").fill("Meets monthly");
            theirs.locator("button[type=submit]").click();
            assertThat(other.locator("[data-panel]")).containsText("Meets monthly");

            mine.locator("summary").focus();
            page.keyboard().press("Enter");
            mine.locator("textarea[name=note]").focus();
            page.keyboard().type("Meets every six weeks");
            mine.locator("button[type=submit]").focus();
            page.keyboard().press("Enter");
            Locator summary = mine.locator(".govuk-error-summary");
            assertThat(summary).isFocused();
            assertThat(summary).containsText("Someone else changed this meanwhile");
            assertThat(summary).containsText("Note: (none) → Meets monthly");
            assertThat(WebPages.seriousAccessibilityViolations(page, "stale edit")).isEmpty();
            mine.locator("button.govuk-button--warning").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("[data-panel]")).containsText("Meets every six weeks");
        }
        finally {
            otherContext.close();
        }
    }

    @Test
    void acceptingACorrectionOpensTheChangeFormFilledInAndSavingAcceptsIt(Page page) {
        reportDetail(page, "body:testshire-cvs", "website", "The CVS has a new web site", "https://cvs.example.org/new");
        reportDetail(page, "membership:board-vcs-ada", "validTo", "Ada left a month earlier", "2014-02");

        signIn(page, "editor", "test-editor-password");
        page.navigate(url(QUEUE + "&reason=CORRECTION"));
        Locator cvs = page.locator("[data-reason=CORRECTION][data-record='body:testshire-cvs']");
        cvs.locator("[data-accept]").focus();
        page.keyboard().press("Enter");
        Locator website = cvs.locator("[data-accept-form] input[name=website]");
        assertThat(website).hasValue("https://cvs.example.org/new");
        assertThat(website).isFocused();
        assertThat(WebPages.seriousAccessibilityViolations(page, "accepting opens the change form")).isEmpty();
        cvs.locator("[data-accept-form] button[type=submit]").focus();
        page.keyboard().press("Enter");
        assertThat(cvs).hasCount(0);

        Locator ada = page.locator("[data-reason=CORRECTION][data-record='membership:board-vcs-ada']");
        ada.locator("[data-accept]").focus();
        page.keyboard().press("Enter");
        Locator end = ada.locator("[data-accept-form] input[name='end.validTo']");
        assertThat(end).hasValue("2014-02");
        assertThat(end).isFocused();
        ada.locator("[data-accept-only]").focus();
        page.keyboard().press("Enter");
        assertThat(ada).hasCount(0);

        String answer = page.request().post("http://localhost:" + port + "/graphql", com.microsoft.playwright.options.RequestOptions
                .create().setHeader("Content-Type", "application/json").setHeader("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("editor:test-editor-password".getBytes()))
                .setData("{\"query\":\"{ history(id: \\\"body:testshire-cvs\\\") { action correction after } "
                        + "corrections(authority: \\\"authority:E10999999\\\", status: ACCEPTED) { id about } }\"}")).text();
        assertThat(answer).contains("\"action\":\"updateBody\",\"correction\":\"correction:").contains("https://cvs.example.org/new")
                .contains("\"about\":\"body:testshire-cvs\"");
        assertThat(page.request().post("http://localhost:" + port + "/graphql", com.microsoft.playwright.options.RequestOptions
                .create().setHeader("Content-Type", "application/json").setHeader("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("editor:test-editor-password".getBytes()))
                .setData("{\"query\":\"{ node(id: \\\"membership:board-vcs-ada\\\") { ... on Membership { validTo } } }\"}")).text())
                .as("accepted without a change: the end stays").contains("\"validTo\":\"2014-03\"");
    }

    private void reportDetail(Page page, String about, String field, String what, String right) {
        page.navigate(url("#/report?about=" + about));
        page.locator("#report-field").selectOption(field);
        page.locator("#report-what").focus();
        page.keyboard().type(what);
        page.keyboard().press("Tab");
        page.keyboard().type(right);
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-report-done]")).isVisible();
    }

    @Test
    void anEditorAddsABodyAPartnershipASeatAndAPersonAndEachOpensWithItsHistory(Page page) {
        WebPages.open(page, port, "#/network?authority=authority%3AE10999999");
        WebPages.waitReady(page, "network");
        assertThat(page.locator("[data-network-add]")).isHidden();
        signIn(page, "editor", "test-editor-password");
        page.navigate(url("#/network?authority=authority%3AE10999999"));
        WebPages.waitReady(page, "network");
        Locator add = page.locator("[data-network-add]");
        Locator panel = page.locator("[data-panel]");

        Locator body = add.locator("[data-create=Body]");
        body.locator("summary").focus();
        page.keyboard().press("Enter");
        body.locator("button[type=submit]").focus();
        page.keyboard().press("Enter");
        assertThat(body.locator(".govuk-error-summary")).isFocused();
        assertThat(body.locator(".govuk-error-summary")).containsText("Name: is required");
        assertThat(WebPages.seriousAccessibilityViolations(page, "add a body, with an error")).isEmpty();
        body.locator("input[name=name]").focus();
        page.keyboard().type("Testshire Young Carers");
        body.locator("select[name=sector]").selectOption("VOLUNTARY_AND_COMMUNITY");
        body.locator("input[name=validFrom]").focus();
        page.keyboard().type("2026-13");
        page.keyboard().press("Enter");
        assertThat(body.locator("[data-field=validFrom] .govuk-error-message")).containsText("2026-13");
        body.locator("input[name=validFrom]").fill("2026-11");
        body.locator("input[name=validFrom]").focus();
        page.keyboard().press("Enter");
        assertThat(panel.locator("h2.app-panel__heading")).hasText("Testshire Young Carers");
        assertThat(panel).containsText("Voluntary and community");
        history(page, panel, "createBody");

        Locator partnership = add.locator("[data-create=Partnership]");
        partnership.locator("summary").focus();
        page.keyboard().press("Enter");
        partnership.locator("input[name=name]").focus();
        page.keyboard().type("Southmere Local Children's Partnership");
        partnership.locator("select[name=partOf]").selectOption("partnership:testshire-trust");
        partnership.locator("input[name=validFrom]").focus();
        page.keyboard().type("2026-11");
        page.keyboard().press("Enter");
        assertThat(panel.locator("h2.app-panel__heading")).hasText("Southmere Local Children's Partnership");
        history(page, panel, "createPartnership");

        Locator seat = panel.locator("[data-create=Post]");
        seat.locator("summary").focus();
        page.keyboard().press("Enter");
        seat.locator("input[name=name]").focus();
        page.keyboard().type("Voluntary sector representative");
        seat.locator("input[name=validFrom]").focus();
        page.keyboard().type("2026-11");
        seat.locator("input[name=maxHolders]").focus();
        page.keyboard().type("two");
        page.keyboard().press("Enter");
        assertThat(seat.locator("[data-field=maxHolders] .govuk-error-message")).containsText("not a whole number");
        assertThat(WebPages.seriousAccessibilityViolations(page, "add a seat, with an error")).isEmpty();
        seat.locator("input[name=maxHolders]").fill("2");
        seat.locator("input[name=maxHolders]").focus();
        page.keyboard().press("Enter");
        assertThat(panel.locator("h2.app-panel__heading")).hasText("Voluntary sector representative");
        assertThat(panel).containsText("Southmere Local Children's Partnership");
        history(page, panel, "createPost");

        Locator person = add.locator("[data-create=Person]");
        person.locator("summary").focus();
        page.keyboard().press("Enter");
        person.locator("input[name=name]").focus();
        page.keyboard().type("Dee Newcomer");
        person.locator("input[name=source]").focus();
        page.keyboard().type("test");
        page.keyboard().press("Enter");
        assertThat(panel.locator("h2.app-panel__heading")).hasText("Dee Newcomer");
        history(page, panel, "createPerson");
        assertThat(WebPages.seriousAccessibilityViolations(page, "a new person's panel")).isEmpty();
    }

    /** The node's own History (the panel's last) holds the event that created it, by the editor. */
    private void history(Page page, Locator panel, String action) {
        Locator history = panel.locator("details.app-history").last();
        history.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(history.locator("[data-action=" + action + "]")).containsText("by editor");
    }

    @Test
    void findAnswersOfferChangeToTheirAuthoritysEditorsOnly(Page page) {
        String northdale = "#/find?q=Northdale&id=district%3AE07999991";
        WebPages.open(page, port, northdale);
        page.waitForSelector("[data-view=find][data-answered]");
        assertThat(page.locator(".app-seat").count()).as(page.locator("[data-view=find]").innerText()).isPositive();
        assertThat(page.locator(".app-seat [data-report]").first()).isVisible();
        assertThat(page.locator("[data-change-seat]")).hasCount(0);

        BrowserContext kentContext = page.context().browser().newContext();
        try {
            Page kent = kentContext.newPage();
            signIn(kent, "kent-editor", "test-kent-password");
            kent.navigate(url(northdale));
            assertThat(kent.locator(".app-seat").first()).isVisible();
            assertThat(kent.locator("[data-change-seat]")).hasCount(0);
        }
        finally {
            kentContext.close();
        }

        signIn(page, "editor", "test-editor-password");
        page.navigate(url(northdale));
        Locator change = page.locator("[data-change-seat='post:testshire-board-vcs']").first();
        assertThat(change).isVisible();
        change.locator("summary").focus();
        page.keyboard().press("Enter");
        Locator form = change.locator("form");
        assertThat(form).hasAttribute("data-loaded", "true");
        assertThat(form).containsText("End Ben Sample's appointment");
        form.locator("input[name='end.validTo']").focus();
        page.keyboard().type("2026-13");
        page.keyboard().press("Enter");
        assertThat(form.locator("[data-field='end.validTo'] .govuk-error-message")).containsText("2026-13");
        assertThat(WebPages.seriousAccessibilityViolations(page, "change from a find answer")).isEmpty();
    }

    @Test
    void theMapMarksASeatVacatedAndFilledAgainBetweenTheTwoDaysFromTheRecordOfAppointments(Page page) {
        org.trustmap.support.GraphQlHttp http = new org.trustmap.support.GraphQlHttp(port);
        for (String appointment : List.of("person: \"person:cat-specimen\", validFrom: \"2015-01\", validTo: \"2015-06\"",
                "person: \"person:ada-example\", validFrom: \"2015-09\", validTo: \"2016-03\"")) {
            var answer = http.post("mutation { appointMember(input: {post: \"post:northdale-lcp-vcs\", " + appointment
                    + ", source: \"test\"}) { problems { field message } } }", Map.of(), org.trustmap.support.GraphQlHttp.EDITOR);
            assertThat(answer.at("/data/appointMember/problems").isEmpty()).as(answer.toString()).isTrue();
        }
        // Vacant on both days: comparing the two days alone sees nothing happen to the seat.
        WebPages.open(page, port, "#/network?authority=authority%3AE10999999&asOf=2016-12-01&since=2014-12-01");
        page.waitForSelector("[data-view=network][data-state=ready][data-drawn$='|2014-12-01']");
        page.locator("[data-changes-details] summary").focus();
        page.keyboard().press("Enter");
        Locator words = page.locator("[data-changes-words]");
        assertThat(words.locator("[data-seat-changes]")).hasAttribute("data-seat-changes", "6");
        assertThat(words).containsText("Cat Specimen appointed to Voluntary sector representative on Northdale");
        assertThat(words.locator("[data-seat-change=VACANT]")).hasCount(2);
        assertThat(words).containsText("changes to partnerships, bodies and seats themselves come from comparing the two days");
        page.waitForFunction("() => cy.getElementById('post:northdale-lcp-vcs').hasClass('app-vacated')");
        assertThat(WebPages.seriousAccessibilityViolations(page, "network, what changed from the record")).isEmpty();
    }

    @Test
    void anotherAuthoritysEditorSeesNoControlsOnTestshire(Page page) {
        signIn(page, "kent-editor", "test-kent-password");
        page.navigate(url("#/network?authority=authority%3AE10999999&node=partnership%3Atestshire-board"));
        WebPages.waitReady(page, "network");
        assertThat(page.locator("[data-panel] h2")).containsText("Board");
        assertThat(page.locator("[data-panel] [data-verify]")).hasCount(0);
        assertThat(page.locator("[data-panel] .app-change")).hasCount(0);
        assertThat(page.locator("[data-panel] [data-report]").first()).isVisible();

        page.navigate(url("#/checking"));
        List<String> offered = page.locator("[data-checking-authority] option").allTextContents();
        assertThat(offered).doesNotContain("Testshire");
    }
}
