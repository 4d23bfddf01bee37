package org.trustmap.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.support.GraphFingerprint;
import org.trustmap.support.GraphQlHttp;
import org.trustmap.support.Testshire;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/**
 * Keeping the network true, over HTTP on Testshire: verifying a seat, the needs-checking queue, public
 * corrections and their resolution, what changed between two days, and the Atom feed of the same changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StewardshipTest {

    static final String KENT_EDITOR = "kent-editor:test-kent-password";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CorrectionRetention retention;

    GraphQlHttp graphQl;

    @BeforeAll
    static void importTestshire(@Autowired NetworkImporter importer) {
        Testshire.load(importer);
    }

    @AfterAll
    static void removeTestshire(@Autowired NetworkImporter importer, @Autowired Driver driver) {
        importer.remove(Testshire.ID);
        driver.executableQuery("MATCH (c:Correction {dataset: $d}) DETACH DELETE c")
                .withParameters(Map.of("d", Testshire.ID)).execute();
    }

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void stillCorrectRecordsTheDayAndWhoInOneAuditedWrite() {
        long version = version("membership:board-vcs-ben");

        JsonNode payload = as(GraphQlHttp.EDITOR, verify("membership:board-vcs-ben", version)).at("/data/verifySeat");

        assertThat(payload.get("problems")).isEmpty();
        assertThat(payload.at("/membership/lastVerified").asString()).isEqualTo(today().toString());
        assertThat(payload.at("/membership/version").asLong()).isEqualTo(version + 1);
        assertThat(driver.executableQuery("MATCH (m:Membership {id: 'membership:board-vcs-ben'}) RETURN m.lastVerifiedBy AS by")
                .execute().records().getFirst().get("by").asString()).isEqualTo("editor");
        JsonNode history = as(GraphQlHttp.EDITOR, "{ history(id: \"membership:board-vcs-ben\") { action actor after } }");
        assertThat(history.at("/data/history/0/action").asString()).isEqualTo("verifySeat");
        assertThat(history.at("/data/history/0/after").asString()).contains(today().toString());
    }

    @Test
    void aStaleVerificationIsRefusedAndWritesNothing() {
        long version = version("membership:board-chair-cat");
        List<String> before = GraphFingerprint.of(driver, Testshire.ID);

        JsonNode payload = as(GraphQlHttp.EDITOR, verify("membership:board-chair-cat", version - 1)).at("/data/verifySeat");

        assertThat(payload.get("membership").isNull()).isTrue();
        assertThat(payload.at("/problems/0/field").asString()).isEqualTo("version");
        assertThat(payload.at("/problems/0/message").asString()).contains("changed by someone else");
        assertThat(GraphFingerprint.of(driver, Testshire.ID)).isEqualTo(before);
    }

    @Test
    void anotherAuthoritysEditorMayNotVerifyReadTheQueueOrResolveCorrections() {
        List<String> before = GraphFingerprint.of(driver, Testshire.ID);
        JsonNode verified = as(KENT_EDITOR, verify("membership:board-chair-cat", version("membership:board-chair-cat")));
        assertThat(verified.at("/data/verifySeat/membership").isNull()).isTrue();
        assertThat(verified.at("/data/verifySeat/problems/0/message").asString()).contains("you may not change "
                + Testshire.ID);
        assertThat(GraphFingerprint.of(driver, Testshire.ID)).isEqualTo(before);

        JsonNode queue = as(KENT_EDITOR, "{ needsChecking(authority: \"authority:E10999999\") { total } }");
        assertThat(queue.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
        JsonNode list = as(KENT_EDITOR, "{ corrections(authority: \"authority:E10999999\") { id } }");
        assertThat(list.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");

        String id = suggest("about: \"post:testshire-board-chair\", whatIsWrong: \"The chair changed in May\"")
                .at("/correction/id").asString();
        JsonNode resolved = as(KENT_EDITOR, resolve(id, "REJECTED", "not ours"));
        assertThat(resolved.at("/data/resolveCorrection/correction").isNull()).isTrue();
        assertThat(resolved.at("/data/resolveCorrection/problems/0/message").asString()).contains("you may not resolve");
        JsonNode anonymous = as(null, "{ needsChecking(authority: \"authority:E10999999\") { total } }");
        assertThat(anonymous.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void theQueueListsEveryReasonNewestFirstWithCountsAndFilters() {
        String ending = today().plusDays(30).toString();
        JsonNode appointed = as(GraphQlHttp.EDITOR, """
                mutation { appointMember(input: {person: "person:ada-example", post: "post:northdale-lcp-vcs",
                    validFrom: "%s", validTo: "%s"}) { membership { id } problems { field message } } }
                """.formatted(today().minusMonths(2), ending)).at("/data/appointMember");
        assertThat(appointed.get("problems")).isEmpty();
        String ada = appointed.at("/membership/id").asString();
        driver.executableQuery("MATCH (m:Membership {id: 'membership:board-chair-cat'}) SET m.holderSaysNotHeldOn = date()")
                .execute();
        suggest("about: \"post:northdale-lcp-vcs\", whatIsWrong: \"Ada left in the summer\", email: \"r@example.org\"");

        JsonNode queue = as(GraphQlHttp.EDITOR, """
                { needsChecking(authority: "authority:E10999999") { authority asOf total counts { reason count }
                    items { reason record message since post { id name } membership { id person { name } }
                            correction { whatIsWrong replyWanted status } } } }
                """).at("/data/needsChecking");

        Map<String, Integer> counts = new java.util.TreeMap<>();
        queue.get("counts").forEach(c -> counts.put(c.get("reason").asString(), c.get("count").asInt()));
        assertThat(counts).containsOnlyKeys("NOT_VERIFIED", "LONG_VACANT", "TERM_ENDING", "ILLUSTRATIVE", "DATA_PROBLEM",
                "CORRECTION", "HOLDER_SAYS_NOT_HELD");
        assertThat(counts.get("TERM_ENDING")).isEqualTo(1);
        assertThat(counts.get("HOLDER_SAYS_NOT_HELD")).isEqualTo(1);
        assertThat(counts.get("CORRECTION")).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("ILLUSTRATIVE")).isGreaterThanOrEqualTo(3);
        assertThat(queue.get("total").asInt()).isEqualTo(counts.values().stream().mapToInt(Integer::intValue).sum());
        List<String> reasons = new ArrayList<>();
        queue.get("items").forEach(i -> reasons.add(i.get("reason").asString() + " " + i.get("record").asString()));
        assertThat(reasons).contains("TERM_ENDING " + ada, "HOLDER_SAYS_NOT_HELD membership:board-chair-cat",
                "NOT_VERIFIED " + ada, "ILLUSTRATIVE person:cat-specimen", "CORRECTION post:northdale-lcp-vcs");
        List<String> since = new ArrayList<>();
        queue.get("items").forEach(i -> since.add(i.get("since").isNull() ? "" : i.get("since").asString()));
        List<String> dated = since.stream().filter(s -> !s.isEmpty()).toList();
        assertThat(dated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(since.subList(dated.size(), since.size())).allMatch(String::isEmpty);
        JsonNode correction = findItem(queue, "CORRECTION").get("correction");
        assertThat(correction.get("replyWanted").asBoolean()).isTrue();
        assertThat(correction.toString()).doesNotContain("r@example.org");
        assertThat(findItem(queue, "TERM_ENDING").at("/membership/person/name").asString()).isEqualTo("Ada Example");

        JsonNode filtered = as(GraphQlHttp.EDITOR, """
                { needsChecking(authority: "authority:E10999999", reason: TERM_ENDING) { total items { reason record } } }
                """).at("/data/needsChecking");
        assertThat(filtered.get("items")).hasSize(1);
        assertThat(filtered.at("/items/0/record").asString()).isEqualTo(ada);
        assertThat(filtered.get("total").asInt()).isEqualTo(queue.get("total").asInt());
    }

    @Test
    void aCorrectionIsReportedAnonymouslyThenRejectedWithAReasonOrAccepted() {
        List<String> network = GraphFingerprint.of(driver, Testshire.ID);
        JsonNode first = suggest("""
                about: "membership:board-vcs-ben", field: "validTo", whatIsWrong: "Ben stood down",
                rightValue: "2025-07", source: "https://example.org/minutes/2025-07"
                """);
        assertThat(first.get("problems")).isEmpty();
        assertThat(first.at("/correction/status").asString()).isEqualTo("WAITING");
        assertThat(first.at("/correction/authority").asString()).isEqualTo(Testshire.ID);
        assertThat(first.at("/correction/replyWanted").asBoolean()).isFalse();
        assertThat(GraphFingerprint.of(driver, Testshire.ID)).as("nothing applied").isEqualTo(network);
        String id = first.at("/correction/id").asString();

        JsonNode noReason = as(GraphQlHttp.EDITOR, resolve(id, "REJECTED", null)).at("/data/resolveCorrection");
        assertThat(noReason.at("/problems/0/field").asString()).isEqualTo("reason");
        JsonNode rejected = as(GraphQlHttp.EDITOR, resolve(id, "REJECTED", "The minutes say he stayed"))
                .at("/data/resolveCorrection");
        assertThat(rejected.at("/correction/status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.at("/correction/reason").asString()).isEqualTo("The minutes say he stayed");
        JsonNode again = as(GraphQlHttp.EDITOR, resolve(id, "ACCEPTED", null)).at("/data/resolveCorrection");
        assertThat(again.at("/problems/0/message").asString()).contains("rejected already");

        String second = suggest("about: \"membership:board-vcs-ben\", whatIsWrong: \"Ben has a new title\"")
                .at("/correction/id").asString();
        JsonNode accepted = as(GraphQlHttp.EDITOR, resolve(second, "ACCEPTED", null)).at("/data/resolveCorrection");
        assertThat(accepted.at("/correction/status").asString()).isEqualTo("ACCEPTED");

        JsonNode history = as(GraphQlHttp.EDITOR, "{ history(id: \"membership:board-vcs-ben\") { action correction } }")
                .at("/data/history");
        List<String> events = new ArrayList<>();
        history.forEach(e -> events.add(e.get("action").asString() + " " + e.get("correction").asString()));
        assertThat(events).contains("rejectCorrection " + id, "acceptCorrection " + second);
        JsonNode waiting = as(GraphQlHttp.EDITOR, "{ corrections(authority: \"authority:E10999999\", status: REJECTED) { id status } }");
        assertThat(waiting.at("/data/corrections").valueStream().map(c -> c.get("id").asString())).contains(id)
                .doesNotContain(second);
    }

    @Test
    void withMailOffAResolvedCorrectionSaysNobodyIsToldAndTheReporterAddressGoes() {
        String id = suggest("about: \"membership:board-vcs-ben\", whatIsWrong: \"Ben moved\", email: \"told@example.org\"")
                .at("/correction/id").asString();
        JsonNode resolved = as(GraphQlHttp.EDITOR, "mutation { resolveCorrection(input: {id: \"" + id + "\", status: REJECTED, "
                + "reason: \"He did not\"}) { correction { status replyWanted } reporterNotice problems { message } } }")
                .at("/data/resolveCorrection");
        assertThat(resolved.at("/problems")).isEmpty();
        assertThat(resolved.at("/correction/status").asString()).isEqualTo("REJECTED");
        assertThat(resolved.at("/correction/replyWanted").asBoolean()).as("a reply was wanted, and stays said").isTrue();
        assertThat(resolved.at("/reporterNotice").asString()).contains("switched off").contains("not told");
        var left = driver.executableQuery("""
                MATCH (c:Correction {id: $id})
                RETURN c.email AS email, COUNT { (e:OutboxEmail) WHERE e.about = $id } AS emails
                """).withParameters(Map.of("id", id)).execute().records().getFirst();
        assertThat(left.get("email").isNull()).as("the reporter's address is deleted on resolution").isTrue();
        assertThat(left.get("emails").asLong()).isZero();
    }

    @Test
    void acceptingByMakingTheChangeWritesBothInOneTransactionAndTheEventNamesTheCorrection() {
        String id = suggest("about: \"person:ben-sample\", field: \"honorific\", whatIsWrong: \"He is a doctor\", "
                + "rightValue: \"Dr\"").at("/correction/id").asString();
        long version = personVersion("person:ben-sample");

        JsonNode stale = as(GraphQlHttp.EDITOR, changePerson("person:ben-sample", version - 1, "Dr", id)).at("/data/updatePerson");
        assertThat(stale.at("/problems/0/field").asString()).isEqualTo("version");
        assertThat(status(id)).as("a refused change accepts nothing").isEqualTo("WAITING");
        JsonNode unknown = as(GraphQlHttp.EDITOR, changePerson("person:ben-sample", version, "Dr", "correction:nothing"))
                .at("/data/updatePerson");
        assertThat(unknown.at("/problems/0/field").asString()).isEqualTo("correction");
        assertThat(unknown.at("/problems/0/message").asString()).contains("no correction has the id correction:nothing");
        driver.executableQuery("CREATE (:Correction {id: 'correction:elsewhere', dataset: 'authority:E10000014', "
                + "about: 'x', whatIsWrong: 'x', status: 'WAITING', receivedAt: datetime()})").execute();
        JsonNode elsewhere = as(GraphQlHttp.EDITOR, changePerson("person:ben-sample", version, "Dr", "correction:elsewhere"))
                .at("/data/updatePerson");
        assertThat(elsewhere.at("/problems/0/message").asString()).contains("authority:E10000014's network");
        assertThat(status("correction:elsewhere")).isEqualTo("WAITING");
        assertThat(personVersion("person:ben-sample")).as("nothing written").isEqualTo(version);

        JsonNode saved = as(GraphQlHttp.EDITOR, changePerson("person:ben-sample", version, "Dr", id)).at("/data/updatePerson");

        assertThat(saved.get("problems")).isEmpty();
        assertThat(saved.at("/person/honorific").asString()).isEqualTo("Dr");
        assertThat(status(id)).isEqualTo("ACCEPTED");
        JsonNode history = as(GraphQlHttp.EDITOR, "{ history(id: \"person:ben-sample\") { action actor correction } }");
        assertThat(history.at("/data/history/0/action").asString()).isEqualTo("updatePerson");
        assertThat(history.at("/data/history/0/correction").asString()).isEqualTo(id);
        JsonNode twice = as(GraphQlHttp.EDITOR, changePerson("person:ben-sample", version + 1, "Prof", id)).at("/data/updatePerson");
        assertThat(twice.at("/problems/0/message").asString()).contains("accepted already");
        assertThat(personVersion("person:ben-sample")).isEqualTo(version + 1);
        driver.executableQuery("MATCH (c:Correction {id: 'correction:elsewhere'}) DELETE c").execute();
    }

    private static String changePerson(String person, long version, String honorific, String correction) {
        return "mutation { updatePerson(input: {id: \"" + person + "\", version: " + version + ", honorific: \"" + honorific
                + "\", correction: \"" + correction + "\"}) { person { id honorific version } problems { field message } } }";
    }

    private long personVersion(String id) {
        return as(null, "{ node(id: \"" + id + "\") { ... on Person { version } } }").at("/data/node/version").asLong();
    }

    private String status(String correction) {
        return driver.executableQuery("MATCH (c:Correction {id: $id}) RETURN c.status AS s").withParameters(Map.of("id", correction))
                .execute().records().getFirst().get("s").asString();
    }

    @Test
    void aBadCorrectionNamesEachFieldAndStoresNothing() {
        long before = corrections();
        JsonNode payload = suggest("about: \"post:nowhere\", whatIsWrong: \" \", email: \"not-an-address\"");

        assertThat(payload.get("correction").isNull()).isTrue();
        List<String> problems = new ArrayList<>();
        payload.get("problems").forEach(p -> problems.add(p.get("field").asString() + ": " + p.get("message").asString()));
        assertThat(problems).contains("about: nothing in a network has the id post:nowhere",
                "whatIsWrong: is required: say what is wrong", "email: 'not-an-address' is not an email address");
        assertThat(corrections()).isEqualTo(before);
    }

    @Test
    void correctionsPastTheRetentionPeriodAreDeleted() {
        String old = suggest("about: \"post:testshire-board-vcs\", whatIsWrong: \"old\", email: \"old@example.org\"")
                .at("/correction/id").asString();
        String fresh = suggest("about: \"post:testshire-board-vcs\", whatIsWrong: \"fresh\"").at("/correction/id").asString();
        driver.executableQuery("MATCH (c:Correction {id: $id}) SET c.receivedAt = datetime() - duration('P12M1D')")
                .withParameters(Map.of("id", old)).execute();

        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(driver.executableQuery("MATCH (c:Correction) WHERE c.id IN $ids RETURN c.id AS id")
                .withParameters(Map.of("ids", List.of(old, fresh))).execute().records().stream()
                .map(r -> r.get("id").asString())).containsExactly(fresh);
    }

    @Test
    void changesBetweenTwoDaysListAppointmentsEndsAndVerifications() {
        JsonNode changes = as(null, """
                { changes(area: "authority:E10999999", from: "2014-01-01", to: "2014-12-31") {
                    area areaName total nextCursor
                    items { kind on dateAsRecorded recordedAt post { id } membership { id person { name } } } } }
                """).at("/data/changes");
        List<String> found = new ArrayList<>();
        changes.get("items").forEach(c -> found.add(c.get("kind").asString() + " " + c.get("on").asString() + " "
                + c.at("/membership/person/name").asString()));
        assertThat(found).containsExactly("APPOINTED 2014-04-01 Ben Sample", "ENDED 2014-03-31 Ada Example");
        assertThat(changes.get("areaName").asString()).isEqualTo("Testshire");

        JsonNode page = as(null, """
                { changes(area: "partnership:testshire-trust", from: "2014-01-01", to: "2014-12-31", first: 1) {
                    total nextCursor items { kind } } }""").at("/data/changes");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode next = as(null, """
                { changes(area: "partnership:testshire-trust", from: "2014-01-01", to: "2014-12-31", first: 1,
                  after: "%s") { nextCursor items { kind } } }""".formatted(page.get("nextCursor").asString()))
                .at("/data/changes");
        assertThat(next.at("/items/0/kind").asString()).isEqualTo("ENDED");
        assertThat(next.get("nextCursor").isNull()).isTrue();

        as(GraphQlHttp.EDITOR, verify("membership:board-vcs-ben", version("membership:board-vcs-ben")));
        JsonNode todays = as(null, """
                { changes(area: "authority:E10999999", from: "%1$s", to: "%1$s") { items { kind recordedAt membership { id } } } }
                """.formatted(today())).at("/data/changes/items");
        assertThat(todays.valueStream().filter(c -> c.get("kind").asString().equals("VERIFIED")
                && c.at("/membership/id").asString().equals("membership:board-vcs-ben"))
                .allMatch(c -> !c.get("recordedAt").isNull())).isTrue();
        assertThat(todays.valueStream().map(c -> c.get("kind").asString())).contains("VERIFIED");

        JsonNode wrong = as(null, "{ changes(area: \"authority:E10999999\", from: \"2014-01-01\", to: \"2013-01-01\") { total } }");
        assertThat(wrong.at("/errors/0/message").asString()).contains("to").contains("before from");
        JsonNode nowhere = as(null, "{ changes(area: \"district:E07000000\", from: \"2014-01-01\", to: \"2014-02-01\") { total } }");
        assertThat(nowhere.at("/errors/0/message").asString()).contains("No authority, district or partnership");
    }

    @Test
    void theChangesFeedIsValidAtom() throws Exception {
        as(GraphQlHttp.EDITOR, verify("membership:board-vcs-ben", version("membership:board-vcs-ben")));

        HttpResponse<String> response = get("/feeds/changes.atom?area=authority:E10999999");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8)));
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        // RFC 4287 4.1.1: a feed has exactly one id, title and updated, an author (here at feed level) and
        // should have a self link; each entry exactly one id, title and updated, and content or an alternate link.
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(feed, required)).as(required).hasSize(1);
        }
        assertThat(children(children(feed, "author").getFirst(), "name")).hasSize(1);
        assertThat(children(feed, "link").stream().map(l -> l.getAttribute("rel"))).contains("self", "first", "last");
        List<Element> entries = children(feed, "entry");
        assertThat(entries).isNotEmpty();
        List<String> ids = new ArrayList<>();
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(entry, required)).as("entry " + required).hasSize(1);
            }
            assertThat(children(entry, "updated").getFirst().getTextContent())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
            URI.create(children(entry, "id").getFirst().getTextContent());
            ids.add(children(entry, "id").getFirst().getTextContent());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(response.body()).contains("Ben Sample").doesNotContain("ben@example.org").doesNotContain("01234");
        assertThat(get("/feeds/changes.atom?area=authority:E10000099").statusCode()).isEqualTo(404);
        assertThat(get("/feeds/changes.atom").statusCode()).isEqualTo(400);
    }

    static final String HEADER = "id,person,post,onBehalfOf,role,validFrom,validTo,source,sourceUrl,lastVerified\n";

    private JsonNode seatUpdate(String credentials, String csv, boolean apply) {
        JsonNode response = graphQl.post("""
                mutation($input: SeatUpdateInput!) { updateSeatsFromCsv(input: $input) { applied unchanged
                  added { line membership summary } ended { line membership summary } changed { line membership summary }
                  refused { line membership summary reasons } problems { field message } } }
                """, Map.of("input", Map.of("authority", Testshire.ID, "csv", csv, "apply", apply)), credentials);
        assertThat(response.has("errors")).as(response.toString()).isFalse();
        return response.at("/data/updateSeatsFromCsv");
    }

    @Test
    void aSpreadsheetIsPreviewedThenAppliedAllAtOnce() {
        List<String> before = GraphFingerprint.of(driver, Testshire.ID);
        String csv = HEADER
                + "membership:northdale-vcs-ben-2016,person:ben-sample,post:northdale-lcp-vcs,body:testshire-cvs,MEMBER,2016-01,2016-12,test,,\n"
                + "membership:board-vcs-ada,person:ada-example,post:testshire-board-vcs,body:testshire-cvs,MEMBER,2010-04,2014-03,test,,2026-11-01\n";

        JsonNode preview = seatUpdate(GraphQlHttp.EDITOR, csv, false);

        assertThat(preview.get("applied").asBoolean()).isFalse();
        assertThat(preview.at("/added/0/membership").asString()).isEqualTo("membership:northdale-vcs-ben-2016");
        assertThat(preview.at("/added/0/line").asInt()).isEqualTo(2);
        assertThat(preview.get("unchanged").asInt()).isEqualTo(1);
        assertThat(preview.get("refused")).isEmpty();
        assertThat(GraphFingerprint.of(driver, Testshire.ID)).as("a preview writes nothing").isEqualTo(before);

        JsonNode applied = seatUpdate(GraphQlHttp.EDITOR, csv, true);

        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(as(null, "{ node(id: \"membership:northdale-vcs-ben-2016\") { ... on Membership { validTo person { name } } } }")
                .at("/data/node/person/name").asString()).isEqualTo("Ben Sample");
        JsonNode history = as(GraphQlHttp.EDITOR, "{ history(id: \"membership:northdale-vcs-ben-2016\") { action actor } }");
        assertThat(history.at("/data/history/0/action").asString()).isEqualTo("updateSeatsFromCsv");
    }

    @Test
    void aSpreadsheetWithARefusedRowChangesNothing() {
        List<String> before = GraphFingerprint.of(driver, Testshire.ID);
        String csv = HEADER
                + "membership:northdale-vcs-cat-2017,person:cat-specimen,post:northdale-lcp-vcs,,MEMBER,2017-01,2017-06,test,,\n"
                + "membership:board-vcs-cat-2020,person:cat-specimen,post:testshire-board-vcs,,MEMBER,2020-01,,test,,\n"
                + "membership:nowhere-1,person:cat-specimen,post:nowhere,,MEMBER,2020-13,,test,,\n"
                + "membership:hearsay-1,person:ada-example,post:northdale-lcp-vcs,,MEMBER,2018-01,2018-06,hearsay,,\n";

        JsonNode result = seatUpdate(GraphQlHttp.EDITOR, csv, true);

        assertThat(result.get("applied").asBoolean()).isFalse();
        List<String> refused = new ArrayList<>();
        result.get("refused").forEach(r -> refused.add(r.get("line").asInt() + " " + r.get("reasons").toString()));
        assertThat(refused).anyMatch(r -> r.startsWith("4 ") && r.contains("validFrom: '2020-13'"));
        assertThat(refused).anyMatch(r -> r.startsWith("3 ") && r.contains("already held by person:ben-sample"));
        assertThat(refused).anyMatch(r -> r.startsWith("5 ")
                && r.contains("source: refers to source 'hearsay', which is not in the sources list"));
        assertThat(GraphFingerprint.of(driver, Testshire.ID)).isEqualTo(before);

        JsonNode kent = seatUpdate(KENT_EDITOR, csv, true);
        assertThat(kent.at("/problems/0/message").asString()).contains("you may not change " + Testshire.ID);
        JsonNode columns = seatUpdate(GraphQlHttp.EDITOR, "id,who\nx,y\n", false);
        assertThat(columns.at("/problems/0/field").asString()).isEqualTo("csv");
        assertThat(columns.at("/problems/0/message").asString()).contains("lacks the column(s) person, post, role, validFrom");
    }

    @Test
    void aSpreadsheetRowAndTheAppointmentFormRefuseTheSameReferencesInTheSameWords() {
        String[][] cases = {
            {"person:cat-specimen", "person:ben-sample", ""},
            {"person:nobody-at-all", "post:northdale-lcp-vcs", ""},
            {"person:cat-specimen", "post:northdale-lcp-vcs", "person:ben-sample"}};
        for (String[] refs : cases) {
            String csv = HEADER + "membership:references-1," + refs[0] + "," + refs[1] + "," + refs[2] + ",MEMBER,2019-01,,test,,\n";
            JsonNode sheet = seatUpdate(GraphQlHttp.EDITOR, csv, false);
            List<String> fromSheet = new ArrayList<>();
            sheet.at("/refused/0/reasons").forEach(r -> fromSheet.add(r.asString()));

            Map<String, Object> input = new java.util.HashMap<>(Map.of("person", refs[0], "post", refs[1], "validFrom", "2019-01"));
            if (!refs[2].isEmpty()) {
                input.put("onBehalfOf", refs[2]);
            }
            JsonNode form = graphQl.post("mutation($input: AppointMemberInput!) { appointMember(input: $input) { problems { field message } } }",
                    Map.of("input", input), GraphQlHttp.EDITOR).at("/data/appointMember/problems");
            List<String> fromForm = new ArrayList<>();
            form.forEach(p -> fromForm.add(p.get("field").asString() + ": " + p.get("message").asString()));

            assertThat(fromSheet).as(String.join(", ", refs)).isNotEmpty().isEqualTo(fromForm);
        }
        // The form takes its authority from the seat; the sheet is for the authority chosen, and says so.
        String hampshireSeat = "post:hampshire-county-council-childrens-services-head-of-partnerships";
        JsonNode sheet = seatUpdate(GraphQlHttp.EDITOR, HEADER + "membership:references-2,person:cat-specimen," + hampshireSeat
                + ",,MEMBER,2019-01,,test,,\n", false);
        assertThat(sheet.at("/refused/0/reasons/0").asString()).isEqualTo("post: " + hampshireSeat + " belongs to another authority's network");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode findItem(JsonNode queue, String reason) {
        return queue.get("items").valueStream().filter(i -> i.get("reason").asString().equals(reason)).findFirst()
                .orElseThrow();
    }

    private JsonNode suggest(String input) {
        JsonNode response = as(null, "mutation { suggestCorrection(input: {" + input + "}) { correction { id about "
                + "authority field whatIsWrong rightValue source replyWanted status receivedAt } problems { field message } } }");
        assertThat(response.has("errors")).as(response.toString()).isFalse();
        return response.at("/data/suggestCorrection");
    }

    private static String resolve(String id, String status, String reason) {
        return "mutation { resolveCorrection(input: {id: \"" + id + "\", status: " + status
                + (reason == null ? "" : ", reason: \"" + reason + "\"") + "}) { correction { id status reason resolvedAt } "
                + "problems { field message } } }";
    }

    private static String verify(String membership, long version) {
        return "mutation { verifySeat(input: {membership: \"" + membership + "\", version: " + version + "}) "
                + "{ membership { id lastVerified version } problems { field message } } }";
    }

    private long version(String id) {
        return as(null, "{ node(id: \"" + id + "\") { ... on Membership { version } } }").at("/data/node/version").asLong();
    }

    private long corrections() {
        return driver.executableQuery("MATCH (c:Correction) RETURN count(c) AS n").execute().records().getFirst()
                .get("n").asLong();
    }

    private JsonNode as(String credentials, String query) {
        return graphQl.post(query, Map.of(), credentials);
    }
}
