package org.trustmap.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trustmap.importing.NetworkExporter;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.importing.PopoloExporter;
import org.trustmap.support.GraphQlHttp;
import org.trustmap.support.Testshire;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The message relay, alerts and verification emails against a real SMTP server (GreenMail) in the test JVM.
 * In Testshire, Ben Sample holds the Board's voluntary-sector seat; each test makes his consent RELAY_ONLY
 * through the editor's mutation, so his address is known to trustmap and must appear in no response or export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessagesRelayTest {

    static final String BEN = "ben@example.org";
    static final String SENDER = "sam.sender@example.net";
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
        registry.add("trustmap.messages.token-secret", () -> "a-test-secret-for-links");
        registry.add("trustmap.messages.send-interval", () -> "1h");
        registry.add("trustmap.messages.first-retry", () -> "0s");
        registry.add("trustmap.messages.sender-per-day", () -> "3");
        registry.add("trustmap.messages.client-per-day", () -> "1000");
        registry.add("trustmap.messages.base-url", () -> "http://trustmap.example");
        // Holdings not verified for 100 years are asked on the schedule: none in any network but the seat a test
        // makes so (a holding never verified counts from its start); a short period would ask the bundled holders.
        registry.add("trustmap.messages.verify-every", () -> "36500d");
    }

    @LocalServerPort
    int port;

    @Autowired
    NetworkImporter importer;

    @Autowired
    MessagesSchedule schedule;

    @Autowired
    Driver driver;

    @Autowired
    LinkTokens tokens;

    @Autowired
    JavaMailSenderImpl mailSender;

    GraphQlHttp graphQl;

    @BeforeEach
    void fresh() throws Exception {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        driver.executableQuery("MATCH (n) WHERE n:OutboxEmail OR n:RelayMessage OR n:AlertSubscription DETACH DELETE n")
                .execute();
        driver.executableQuery("MATCH (c:Correction {dataset: $d}) DETACH DELETE c").withParameters(Map.of("d", Testshire.ID))
                .execute();
        Testshire.load(importer);
        SMTP.purgeEmailFromAllMailboxes();
        graphQl = new GraphQlHttp(port);
        long version = version("person:ben-sample");
        JsonNode edit = graphQl.post("""
                mutation($v: Long!) { updatePerson(input: {id: "person:ben-sample", version: $v, contactConsentLevel: RELAY_ONLY}) {
                  person { consent { level recordedOn } acceptsMessages contact { email } } problems { field message } } }
                """, Map.of("v", version), GraphQlHttp.EDITOR);
        assertThat(edit.at("/data/updatePerson/problems")).isEmpty();
        assertThat(edit.at("/data/updatePerson/person/consent/level").asString()).isEqualTo("RELAY_ONLY");
        assertThat(edit.at("/data/updatePerson/person/acceptsMessages").asBoolean()).isTrue();
        assertThat(edit.at("/data/updatePerson/person/contact").isNull()).isTrue();
    }

    @AfterAll
    static void stop(@Autowired NetworkImporter importer, @Autowired Driver driver) {
        importer.remove(Testshire.ID);
        driver.executableQuery("MATCH (c:Correction {dataset: $d}) DETACH DELETE c").withParameters(Map.of("d", Testshire.ID))
                .execute();
        SMTP.stop();
    }

    /** The relay: a message reaches the holder only once its sender confirms, through an outage, within the limits, and is kept no longer than it must be. */
    @Nested
    class Relay {

        @Test
        void aConfirmedMessageReachesTheHolderWithReplyToTheSenderAndTheirAddressIsNeverShown() throws Exception {
            JsonNode outcome = write(SENDER, "Dear Ben, our youth club would like to meet you.");
            assertThat(outcome.at("/accepted").asBoolean()).as(outcome.toString()).isTrue();
            assertThat(outcome.toString()).doesNotContain(BEN);

            schedule.runOnce();
            MimeMessage confirmation = only(SENDER);
            assertThat(confirmation.getSubject()).isEqualTo("Confirm your message to Ben Sample");
            assertThat(received(BEN)).as("nothing goes to the holder before confirmation").isEmpty();

            JsonNode followed = follow(token(confirmation));
            assertThat(followed.at("/accepted").asBoolean()).as(followed.toString()).isTrue();
            assertThat(followed.toString()).doesNotContain(BEN);
            schedule.runOnce();

            MimeMessage delivered = only(BEN);
            assertThat(Arrays.stream(delivered.getReplyTo()).map(Address::toString)).containsExactly(SENDER);
            String body = body(delivered);
            assertThat(body).contains("our youth club would like to meet you").contains("through trustmap")
                    .contains("Reply to this email");

            // Following the link again sends nothing more.
            assertThat(follow(token(confirmation)).at("/message").asString()).contains("already");
            schedule.runOnce();
            assertThat(received(BEN)).hasSize(1);

            for (String query : List.of(
                    "{ node(id: \"person:ben-sample\") { ... on Person { name contact { email phone } consent { level } acceptsMessages } } }",
                    "{ findRepresentatives(place: \"Northdale\") { seats { person { name contact { email } acceptsMessages } contact { email phone } } } }",
                    "{ search(text: \"Ben\") { id name description node { ... on Person { contact { email phone } } } } }",
                    "{ history(id: \"person:ben-sample\") { before after } }")) {
                assertThat(graphQl.post(query, Map.of(), GraphQlHttp.EDITOR).toString()).as(query).doesNotContain(BEN);
            }
            Path folder = Files.createTempDirectory("export");
            new NetworkExporter(driver).export(Testshire.ID, folder);
            Path popolo = folder.resolve("popolo.json");
            new PopoloExporter(driver).export(Testshire.ID, popolo);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain(BEN).doesNotContain("01234 567890");
                }
            }
            // An editor of Testshire sees the private address; the Kent editor does not.
            JsonNode testshire = graphQl.post("{ personContact(person: \"person:ben-sample\") { level email } }", Map.of(),
                    GraphQlHttp.EDITOR);
            assertThat(testshire.at("/data/personContact/email").asString()).isEqualTo(BEN);
            assertThat(testshire.at("/extensions/dbRoundTrips").asInt()).as("its query is counted").isEqualTo(1);
            JsonNode kent = graphQl.post("{ personContact(person: \"person:ben-sample\") { level email } }", Map.of(),
                    "kent-editor:test-kent-password");
            assertThat(kent.toString()).doesNotContain(BEN).contains("FORBIDDEN");
        }

        @Test
        void forgedAndExpiredLinksAreRefusedAndChangeNothing() throws Exception {
            write(SENDER, "A message");
            schedule.runOnce();
            String token = token(only(SENDER));
            String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
            assertThat(follow(forged).at("/problems/0/message").asString()).contains("not made by trustmap");
            String id = driver.executableQuery("MATCH (r:RelayMessage) RETURN r.id AS id").execute().records().getFirst()
                    .get("id").asString();
            String expired = tokens.sign("message-confirm", id, Instant.now().minusSeconds(60));
            assertThat(follow(expired).at("/problems/0/message").asString()).contains("expired");
            assertThat(follow("not-a-token").at("/accepted").asBoolean()).isFalse();
            schedule.runOnce();
            assertThat(received(BEN)).isEmpty();
        }

        @Test
        void oneSenderMayStartOnlySoManyMessagesADay() {
            for (int i = 0; i < 3; i++) {
                assertThat(write("Sam.Sender@example.net", "Message " + i).at("/accepted").asBoolean()).isTrue();
            }
            JsonNode fourth = write(SENDER, "One too many");
            assertThat(fourth.at("/accepted").asBoolean()).isFalse();
            assertThat(fourth.at("/problems/0/field").asString()).isEqualTo("email");
            assertThat(write("other@example.net", "Someone else").at("/accepted").asBoolean()).isTrue();
        }

        @Test
        void badInputNamesEachField() {
            JsonNode outcome = graphQl.post("""
                    mutation($m: String!) { writeToRepresentative(input: {membership: "membership:board-vcs-ben", name: " ",
                      email: "not an email", message: $m}) { accepted message problems { field message } } }
                    """, Map.of("m", "x".repeat(5001))).at("/data/writeToRepresentative");
            assertThat(outcome.at("/accepted").asBoolean()).isFalse();
            assertThat(outcome.at("/problems").findValuesAsString("field")).containsExactlyInAnyOrder("name", "email", "message");
            JsonNode chair = graphQl.post("""
                    mutation { writeToRepresentative(input: {membership: "membership:board-chair-cat", name: "Sam",
                      email: "sam@example.net", message: "Hello"}) { accepted problems { field message } } }
                    """, Map.of()).at("/data/writeToRepresentative");
            assertThat(chair.at("/problems/0/field").asString()).isEqualTo("membership");
        }

        @Test
        void theOutboxSurvivesAnSmtpOutageAndSendsEachEmailOnce() throws Exception {
            SMTP.stop();
            JsonNode outcome = write(SENDER, "Written while the mail server was away");
            assertThat(outcome.at("/accepted").asBoolean()).isTrue();
            assertThat(schedule.runOnce()).isZero();
            assertThat(schedule.runOnce()).isZero();
            var pending = driver.executableQuery("MATCH (e:OutboxEmail) RETURN e.status AS status, e.attempts AS attempts, "
                    + "e.lastError AS error").execute().records().getFirst();
            assertThat(pending.get("status").asString()).isEqualTo("PENDING");
            assertThat(pending.get("attempts").asLong()).isEqualTo(2);
            assertThat(pending.get("error").asString()).isNotBlank();

            SMTP.start();
            assertThat(schedule.runOnce()).isEqualTo(1);
            assertThat(schedule.runOnce()).isZero();
            assertThat(received(SENDER)).hasSize(1);
        }

        @Test
        void messagesAreDeletedOnceTheRetentionPeriodIsOver() throws Exception {
            write(SENDER, "Old message");
            schedule.runOnce();
            follow(token(only(SENDER)));
            schedule.runOnce();
            write("second@example.net", "Recent message");
            schedule.runOnce();
            follow(token(only("second@example.net")));
            schedule.runOnce();
            driver.executableQuery("""
                    MATCH (r:RelayMessage {text: 'Old message'}) SET r.deliveredAt = datetime() - duration('P29D'), r.createdAt = r.deliveredAt
                    WITH r MATCH (e:OutboxEmail) WHERE e.about = r.id OR e.to = $sender SET e.sentAt = r.deliveredAt
                    """).withParameters(Map.of("sender", SENDER)).execute();
            schedule.runOnce();
            var left = driver.executableQuery("MATCH (r:RelayMessage) RETURN collect(r.text) AS texts").execute().records()
                    .getFirst().get("texts").asList(org.neo4j.driver.Value::asString);
            assertThat(left).containsExactly("Recent message");
            assertThat(driver.executableQuery("MATCH (e:OutboxEmail) WHERE e.text CONTAINS 'Old message' RETURN count(e) AS n")
                    .execute().records().getFirst().get("n").asLong()).isZero();
        }

        @Test
        void aReportedMessageIsKeptPastTheRetentionPeriodUntilAnEditorHasReviewedIt() throws Exception {
            write(SENDER, "A rude message");
            schedule.runOnce();
            follow(token(only(SENDER)));
            schedule.runOnce();
            String id = driver.executableQuery("MATCH (r:RelayMessage) RETURN r.id AS id").execute().records().getFirst()
                    .get("id").asString();
            assertThat(follow(tokens.sign("message-flag", id, null)).at("/accepted").asBoolean()).isTrue();
            driver.executableQuery("MATCH (r:RelayMessage {id: $id}) SET r.deliveredAt = datetime() - duration('P60D'), "
                    + "r.createdAt = r.deliveredAt").withParameters(Map.of("id", id)).execute();
            schedule.runOnce();
            assertThat(relayMessages()).as("kept: nobody has reviewed it").isEqualTo(1);
            JsonNode asked = graphQl.post("{ flaggedMessages(authority: \"authority:E10999999\") { id text reviewedAt } }",
                    Map.of(), GraphQlHttp.EDITOR);
            assertThat(asked.at("/extensions/dbRoundTrips").asInt()).as("its query is counted").isEqualTo(1);
            JsonNode flagged = asked.at("/data/flaggedMessages");
            assertThat(flagged.at("/0/id").asString()).isEqualTo(id);
            assertThat(flagged.at("/0/reviewedAt").isNull()).isTrue();

            String review = "mutation($id: ID!) { reviewFlaggedMessage(message: $id) { accepted message problems { field message } } }";
            JsonNode kent = graphQl.post(review, Map.of("id", id), "kent-editor:test-kent-password").at("/data/reviewFlaggedMessage");
            assertThat(kent.at("/accepted").asBoolean()).as("another authority's editor").isFalse();
            schedule.runOnce();
            assertThat(relayMessages()).isEqualTo(1);
            JsonNode reviewed = graphQl.post(review, Map.of("id", id), GraphQlHttp.EDITOR).at("/data/reviewFlaggedMessage");
            assertThat(reviewed.at("/accepted").asBoolean()).as(reviewed.toString()).isTrue();
            schedule.runOnce();
            assertThat(relayMessages()).as("reviewed and past its retention period: deleted").isZero();
        }
    }

    /** Alerts: a confirmed subscriber is told of changes to the voluntary-sector seats they watch, from an edit or an import. */
    @Nested
    class Alerts {

        @Test
        void subscribersAreToldOfAChangeToTheirSeatsOnlyAndCanUnsubscribeInOneClick() throws Exception {
            subscribe("watcher@example.net", "partnership:testshire-board");

            // The chair's seat is not a voluntary-sector seat: no alert.
            endMembership("membership:board-chair-cat", "2026-11");
            schedule.runOnce();
            assertThat(received("watcher@example.net")).isEmpty();

            endMembership("membership:board-vcs-ben", "2026-11");
            schedule.runOnce();
            MimeMessage alert = only("watcher@example.net");
            assertThat(body(alert)).contains("is vacant").contains("Ben Sample");
            assertThat(alert.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            String header = alert.getHeader("List-Unsubscribe", null);
            Matcher url = Pattern.compile("<http://trustmap\\.example(/api/messages/unsubscribe\\?token=[^>]+)>").matcher(header);
            assertThat(url.find()).as(header).isTrue();

            HttpResponse<String> unsubscribed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + url.group(1))).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unsubscribed.statusCode()).isEqualTo(200);
            assertThat(unsubscribed.body()).contains("unsubscribed");
            assertThat(driver.executableQuery("MATCH (s:AlertSubscription) RETURN count(s) AS n").execute().records()
                    .getFirst().get("n").asLong()).isZero();
        }

        @Test
        void aTermEndingWithinSixtyDaysIsAlertedOnceAndAnAreaSubscriptionCoversItsPartnerships() throws Exception {
            for (String area : List.of("partnership:testshire-board", "district:E07999991")) {
                subscribe("watcher@example.net", area);
            }
            String inThirtyDays = new org.trustmap.api.Today().date().plusDays(30).toString();
            endMembership("membership:board-vcs-ben", inThirtyDays);
            schedule.runOnce();
            schedule.runOnce();
            List<MimeMessage> alerts = received("watcher@example.net");
            assertThat(alerts).as("the Board covers no district: only its own subscription is told").hasSize(1);
            assertThat(body(alerts.getFirst())).contains("term in the seat").contains("ends on " + inThirtyDays);
        }

        @Test
        void anImportThatChangesAVoluntarySeatAlertsItsSubscribersAndAFirstImportAlertsNobody() throws Exception {
            subscribe("watcher@example.net", "partnership:testshire-board");
            importer.remove(Testshire.ID);
            Testshire.load(importer);
            Testshire.load(importer);
            schedule.runOnce();
            assertThat(received("watcher@example.net")).as("a first import, then the same files again: no change").isEmpty();

            LocalDate today = new org.trustmap.api.Today().date();
            String lastMonth = YearMonth.from(today).minusMonths(1).toString();
            Path vacant = Testshire.copy();
            ObjectNode network = network(vacant);
            membership(network, "membership:board-vcs-ben").put("validTo", lastMonth);
            membership(network, "membership:board-chair-cat").put("validTo", lastMonth);
            save(vacant, network);
            importer.importDataset(org.trustmap.importing.DatasetLocation.of(vacant.toString()),
                    org.trustmap.importing.ImportProgress.NONE);
            assertThat(driver.executableQuery("MATCH (e:OutboxEmail {kind: 'alert'}) RETURN count(e) AS n").execute().records()
                    .getFirst().get("n").asLong()).as("written in the import's transaction").isEqualTo(1);
            schedule.runOnce();
            List<MimeMessage> alerts = received("watcher@example.net");
            assertThat(alerts).as("the chair's seat is not a voluntary-sector one").hasSize(1);
            assertThat(body(alerts.getFirst())).contains("The seat Voluntary sector representative on")
                    .contains("is vacant: Ben Sample no longer holds it").contains("imported into trustmap on " + today)
                    .contains("Stop these alerts");

            ObjectNode appointed = membership(network, "membership:board-vcs-ben").deepCopy();
            appointed.put("id", "membership:board-vcs-ada-again").put("person", "person:ada-example")
                    .put("validFrom", YearMonth.from(today).toString()).remove(List.of("validTo", "sourceUrl", "lastVerified"));
            ((tools.jackson.databind.node.ArrayNode) network.get("memberships")).add(appointed);
            save(vacant, network);
            importer.importDataset(org.trustmap.importing.DatasetLocation.of(vacant.toString()),
                    org.trustmap.importing.ImportProgress.NONE);
            schedule.runOnce();
            alerts = received("watcher@example.net");
            assertThat(alerts).hasSize(2);
            assertThat(body(alerts.get(1))).contains("Ada Example now holds the seat Voluntary sector representative on");
        }
    }

    /** Verification emails: the holder answers in one click, is asked on the schedule, and an address refused for good is shown to editors. */
    @Nested
    class Verification {

        @Test
        void theHolderAnswersAVerificationEmailInOneClick() throws Exception {
            sendVerificationToBen();
            schedule.runOnce();
            String body = body(only(BEN));
            Matcher links = LINK.matcher(body);
            assertThat(links.find()).isTrue();
            String yes = links.group(1);
            assertThat(links.find()).isTrue();
            String no = links.group(1);

            assertThat(follow(yes).at("/accepted").asBoolean()).isTrue();
            var m = driver.executableQuery("MATCH (m:Membership {id: 'membership:board-vcs-ben'}) RETURN m.lastVerified AS v, "
                    + "m.lastVerifiedBy AS by").execute().records().getFirst();
            assertThat(m.get("v").asString()).isEqualTo(new org.trustmap.api.Today().date().toString());
            assertThat(m.get("by").asString()).isEqualTo("holder");
            assertThat(follow(no).at("/accepted").asBoolean()).isTrue();
            assertThat(driver.executableQuery("MATCH (m:Membership {id: 'membership:board-vcs-ben'}) RETURN m.holderSaysNotHeldOn AS d")
                    .execute().records().getFirst().get("d").asString()).isEqualTo(new org.trustmap.api.Today().date().toString());
            assertThat(driver.executableQuery("MATCH (e:AuditEvent {entity: 'membership:board-vcs-ben'}) WHERE e.actor STARTS WITH 'holder' "
                    + "RETURN count(e) AS n").execute().records().getFirst().get("n").asLong()).isEqualTo(2);
        }

        @Test
        void aHolderNotVerifiedForLongerThanTheSettingIsAskedOnceOnTheSchedule() throws Exception {
            schedule.runOnce();
            assertThat(received(BEN)).as("verified 2026-11-01, within the setting").isEmpty();
            driver.executableQuery("MATCH (m:Membership {id: 'membership:board-vcs-ben'}) SET m.lastVerified = '1920-06-01', "
                    + "m.verificationSentOn = '1920-06-02'").execute();

            schedule.runOnce();
            MimeMessage asked = only(BEN);
            assertThat(asked.getSubject()).startsWith("Do you still hold the seat Voluntary sector representative on");
            assertThat(body(asked)).contains("Yes, I still hold this seat: http://trustmap.example/link.html?token=");
            schedule.runOnce();
            schedule.runOnce();
            assertThat(received(BEN)).as("asked once, not every round").hasSize(1);
            assertThat(SMTP.getReceivedMessages()).as("nobody else is due").hasSize(1);
            assertThat(driver.executableQuery("MATCH (e:AuditEvent {entity: 'membership:board-vcs-ben', action: 'sendVerificationEmail'}) "
                    + "WHERE e.actor = 'schedule' RETURN count(e) AS n").execute().records().getFirst().get("n").asLong()).isEqualTo(1);
        }

        @Test
        void anAddressTheRelayRefusesForGoodFailsOnceAndEditorsSeeIt() throws Exception {
            List<String> delivered = Collections.synchronizedList(new ArrayList<>());
            SMTPServer refusing = SMTPServer.port(freePort()).bindAddress(java.net.InetAddress.getLoopbackAddress())
                    .messageHandlerFactory((MessageContext context) -> new MessageHandler() {
                        @Override
                        public void from(String from) {
                        }

                        @Override
                        public void recipient(String recipient) throws RejectException {
                            if (recipient.equalsIgnoreCase(BEN)) {
                                throw new RejectException(550, "5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
                            }
                            delivered.add(recipient);
                        }

                        @Override
                        public String data(InputStream data) throws java.io.IOException {
                            data.readAllBytes();
                            return null;
                        }

                        @Override
                        public void done() {
                        }
                    }).build();
            refusing.start();
            int greenMail = mailSender.getPort();
            try {
                mailSender.setPort(refusing.getPortAllocated());
                sendVerificationToBen();
                assertThat(schedule.runOnce()).isZero();
                assertThat(schedule.runOnce()).as("not tried again").isZero();
            }
            finally {
                mailSender.setPort(greenMail);
                refusing.stop();
            }
            assertThat(delivered).isEmpty();
            var email = driver.executableQuery("MATCH (e:OutboxEmail {kind: 'verification'}) RETURN e.status AS status, "
                    + "e.attempts AS attempts, e.lastError AS error").execute().records().getFirst();
            assertThat(email.get("status").asString()).isEqualTo("FAILED");
            assertThat(email.get("attempts").asLong()).isEqualTo(1);
            assertThat(email.get("error").asString()).contains("550");

            JsonNode answer = graphQl.post("{ mailProblems(authority: \"authority:E10999999\") { status kind person reason } }",
                    Map.of(), GraphQlHttp.EDITOR);
            assertThat(answer.at("/extensions/dbRoundTrips").asInt()).as("its query is counted").isEqualTo(1);
            JsonNode problems = answer.at("/data/mailProblems");
            assertThat(problems).hasSize(1);
            assertThat(problems.at("/0/status").asString()).isEqualTo("FAILED");
            assertThat(problems.at("/0/kind").asString()).isEqualTo("verification");
            assertThat(problems.at("/0/person").asString()).isEqualTo("Ben Sample");
            assertThat(problems.at("/0/reason").asString()).contains("550");
            JsonNode contact = graphQl.post("{ personContact(person: \"person:ben-sample\") { undeliverableSince } }", Map.of(),
                    GraphQlHttp.EDITOR).at("/data/personContact");
            assertThat(contact.at("/undeliverableSince").asString()).isEqualTo(new org.trustmap.api.Today().date().toString());
            assertThat(graphQl.data("{ node(id: \"person:ben-sample\") { ... on Person { acceptsMessages } } }", Map.of())
                    .at("/node/acceptsMessages").asBoolean()).as("no more messages to a refused address").isFalse();
        }
    }

    /** The reporter of a correction is emailed its outcome, then their address goes. */
    @Nested
    class CorrectionOutcomes {

        @Test
        void theReporterOfACorrectionIsEmailedItsOutcomeInTheResolutionsTransactionAndTheirAddressThenGoes() throws Exception {
            String rejected = suggest("reporter@example.net", "Ben stood down last spring");
            String accepted = suggest("second.reporter@example.net", "Ben's title is wrong");
            String silent = suggest(null, "Nobody to tell");

            JsonNode refused = resolve(rejected, "REJECTED", null);
            assertThat(refused.at("/problems/0/field").asString()).isEqualTo("reason");
            assertThat(outboxAbout(rejected)).as("a refused resolution writes no email").isZero();

            JsonNode done = resolve(rejected, "REJECTED", "The minutes of May say he stayed");
            assertThat(done.at("/problems")).isEmpty();
            assertThat(done.at("/reporterNotice").asString()).contains("will email the reporter").contains("not accepted");
            assertThat(outboxAbout(rejected)).as("in the outbox as soon as the resolution commits").isEqualTo(1);
            assertThat(resolve(accepted, "ACCEPTED", null).at("/reporterNotice").asString()).contains("accepted");
            assertThat(resolve(silent, "ACCEPTED", null).at("/reporterNotice").asString()).contains("left no email");

            schedule.runOnce();
            MimeMessage no = only("reporter@example.net");
            assertThat(no.getSubject()).isEqualTo("Your correction to trustmap was not accepted: Ben Sample");
            assertThat(body(no)).contains("Ben stood down last spring").contains("has not accepted it, for this reason:")
                    .contains("The minutes of May say he stayed").contains("Privacy notice: http://trustmap.example/privacy.html")
                    .contains("no longer kept with your correction");
            MimeMessage yes = only("second.reporter@example.net");
            assertThat(yes.getSubject()).isEqualTo("Your correction to trustmap was accepted: Ben Sample");
            assertThat(body(yes)).contains("Ben's title is wrong").contains("has accepted it");
            assertThat(SMTP.getReceivedMessages()).hasSize(2);

            var kept = driver.executableQuery("MATCH (c:Correction {dataset: $d}) RETURN c.email AS email")
                    .withParameters(Map.of("d", Testshire.ID)).execute().records();
            assertThat(kept).hasSize(3).allMatch(r -> r.get("email").isNull());
            JsonNode listed = graphQl.post("{ corrections(authority: \"authority:E10999999\") { id replyWanted } }", Map.of(),
                    GraphQlHttp.EDITOR).at("/data/corrections");
            assertThat(listed.valueStream().filter(c -> c.get("replyWanted").asBoolean()).map(c -> c.get("id").asString()))
                    .containsExactlyInAnyOrder(rejected, accepted);
        }

        @Test
        void aCorrectionAcceptedByMakingTheChangeIsToldToItsReporterToo() throws Exception {
            String id = suggest("third.reporter@example.net", "He is a doctor");
            long version = version("person:ben-sample");
            JsonNode saved = graphQl.post("""
                    mutation($version: Long!, $correction: ID) { updatePerson(input: {id: "person:ben-sample", version: $version,
                      honorific: "Dr", correction: $correction}) { problems { field message } } }
                    """, Map.of("version", version, "correction", id), GraphQlHttp.EDITOR).at("/data/updatePerson");
            assertThat(saved.at("/problems")).as(saved.toString()).isEmpty();
            assertThat(outboxAbout(id)).as("in the outbox with the change").isEqualTo(1);

            schedule.runOnce();
            MimeMessage yes = only("third.reporter@example.net");
            assertThat(yes.getSubject()).isEqualTo("Your correction to trustmap was accepted: Ben Sample");
            assertThat(body(yes)).contains("He is a doctor").contains("has accepted it");
            assertThat(driver.executableQuery("MATCH (c:Correction {id: $id}) RETURN c.email AS email")
                    .withParameters(Map.of("id", id)).execute().records().getFirst().get("email").isNull())
                    .as("the reporter's address leaves the correction").isTrue();
        }
    }

    /** Round trips: every mutation counts its queries. */
    @Nested
    class RoundTrips {

        /**
         * Lives here because the message mutations run queries only with mail switched on, as in this class's
         * context. Each case reaches the database (a write, or a refusal that had to look something up).
         */
        @Test
        void everyMutationInTheSchemaCountsTheQueriesItRanInItsRoundTrips() {
            write(SENDER, "A message to report");
            String message = driver.executableQuery("MATCH (r:RelayMessage) RETURN r.id AS id").execute().records()
                    .getFirst().get("id").asString();
            String testshire = "authority: \"" + Testshire.ID + "\"";
            Map<String, String> cases = new java.util.LinkedHashMap<>();
            cases.put("createBody", "createBody(input: {" + testshire + ", name: \"Round Trip Club\", kind: VOLUNTARY_ORGANISATION,"
                    + " sector: VOLUNTARY_AND_COMMUNITY}) { problems { message } }");
            cases.put("updateBody", "updateBody(input: {id: \"body:no-such-body\", version: 1}) { problems { message } }");
            cases.put("createPartnership", "createPartnership(input: {" + testshire + ", name: \"Round Trip Forum\","
                    + " kind: TRUST_BOARD}) { problems { message } }");
            cases.put("updatePartnership", "updatePartnership(input: {id: \"partnership:none\", version: 1}) { problems { message } }");
            cases.put("createPost", "createPost(input: {partnership: \"partnership:testshire-board\", name: \"Round Trip Seat\","
                    + " role: MEMBER}) { problems { message } }");
            cases.put("updatePost", "updatePost(input: {id: \"post:none\", version: 1}) { problems { message } }");
            cases.put("createPerson", "createPerson(input: {" + testshire + ", name: \"Rita Round\"}) { problems { message } }");
            cases.put("updatePerson", "updatePerson(input: {id: \"person:none\", version: 1}) { problems { message } }");
            cases.put("appointMember", "appointMember(input: {person: \"person:ben-sample\", post: \"post:none\", role: MEMBER,"
                    + " validFrom: \"2020\"}) { problems { message } }");
            cases.put("endMembership", "endMembership(input: {id: \"membership:none\", version: 1, validTo: \"2020\"})"
                    + " { problems { message } }");
            cases.put("writeToRepresentative", "writeToRepresentative(input: {membership: \"membership:board-vcs-ben\","
                    + " name: \"Rita Round\", email: \"rita@example.net\", message: \"Hello\"}) { accepted }");
            cases.put("subscribeToAlerts", "subscribeToAlerts(input: {email: \"rita@example.net\","
                    + " area: \"partnership:testshire-board\"}) { accepted }");
            cases.put("sendVerificationEmail", "sendVerificationEmail(membership: \"membership:board-vcs-ben\") { accepted }");
            cases.put("reviewFlaggedMessage", "reviewFlaggedMessage(message: \"" + message + "\") { accepted }");
            cases.put("verifySeat", "verifySeat(input: {membership: \"membership:board-vcs-ben\", version: -1}) { problems { message } }");
            cases.put("suggestCorrection", "suggestCorrection(input: {about: \"person:ben-sample\", whatIsWrong: \"Round trips\"})"
                    + " { problems { message } }");
            cases.put("resolveCorrection", "resolveCorrection(input: {id: \"correction:none\", status: REJECTED}) { problems { message } }");
            cases.put("updateSeatsFromCsv", "updateSeatsFromCsv(input: {" + testshire + ", csv: \"id,person,post,role,validFrom\\n"
                    + "membership:round-trip,person:ben-sample,post:none,MEMBER,2020\"}) { applied }");
            // followLink: one case per kind of link, as each is a different write. The holder's answers are about no
            // seat (a refusal after the look-up): an answer about Ben's would leave audit events the other tests count.
            for (String purpose : List.of("message-confirm", "message-flag", "alert-confirm", "unsubscribe", "verify-yes", "verify-no")) {
                String about = purpose.startsWith("message") ? message : purpose.startsWith("verify") ? "membership:none"
                        : "subscription:none";
                cases.put("followLink " + purpose, "followLink(token: \"" + tokens.sign(purpose, about, null) + "\") { accepted }");
            }

            JsonNode schema = graphQl.data("{ __schema { mutationType { fields { name } } } }", Map.of());
            List<String> mutations = schema.at("/__schema/mutationType/fields").valueStream().map(f -> f.get("name").asString()).toList();
            assertThat(cases.keySet().stream().map(name -> name.split(" ")[0]).distinct()).as("a case for every mutation")
                    .containsExactlyInAnyOrderElementsOf(mutations);
            Map<String, String> uncounted = new java.util.LinkedHashMap<>();
            cases.forEach((name, field) -> {
                JsonNode response = graphQl.post("mutation { " + field + " }", Map.of(), GraphQlHttp.EDITOR);
                assertThat(response.has("errors")).as(name + ": " + response).isFalse();
                if (response.at("/extensions/dbRoundTrips").asInt() <= 0) {
                    uncounted.put(name, response.toString());
                }
            });
            assertThat(uncounted).as("mutations that ran queries but reported no round trips").isEmpty();
        }
    }

    private long relayMessages() {
        return driver.executableQuery("MATCH (r:RelayMessage) RETURN count(r) AS n").execute().records().getFirst()
                .get("n").asLong();
    }

    /** An editor has the verification email sent to Ben, the Board's voluntary-sector holder. */
    private void sendVerificationToBen() {
        JsonNode sent = graphQl.post("mutation { sendVerificationEmail(membership: \"membership:board-vcs-ben\") { accepted message } }",
                Map.of(), GraphQlHttp.EDITOR).at("/data/sendVerificationEmail");
        assertThat(sent.at("/accepted").asBoolean()).as(sent.toString()).isTrue();
    }

    /** A subscription to the seats of an area, confirmed by its link; its confirmation email is then cleared. */
    private void subscribe(String email, String area) throws Exception {
        JsonNode subscribed = graphQl.post("""
                mutation($email: String!, $area: String!) { subscribeToAlerts(input: {email: $email, area: $area}) {
                  accepted message problems { field message } } }
                """, Map.of("email", email, "area", area)).at("/data/subscribeToAlerts");
        assertThat(subscribed.at("/accepted").asBoolean()).as(subscribed.toString()).isTrue();
        schedule.runOnce();
        assertThat(follow(token(only(email))).at("/accepted").asBoolean()).isTrue();
        SMTP.purgeEmailFromAllMailboxes();
    }

    private String suggest(String email, String whatIsWrong) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("what", whatIsWrong));
        variables.put("email", email);
        JsonNode response = graphQl.post("""
                mutation($email: String, $what: String!) { suggestCorrection(input: {about: "person:ben-sample",
                  whatIsWrong: $what, email: $email}) { correction { id replyWanted } problems { field message } } }
                """, variables);
        assertThat(response.at("/data/suggestCorrection/problems")).as(response.toString()).isEmpty();
        assertThat(response.at("/data/suggestCorrection/correction/replyWanted").asBoolean()).isEqualTo(email != null);
        return response.at("/data/suggestCorrection/correction/id").asString();
    }

    private JsonNode resolve(String id, String status, String reason) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", id, "status", status));
        variables.put("reason", reason);
        JsonNode response = graphQl.post("""
                mutation($id: ID!, $status: CorrectionStatus!, $reason: String) {
                  resolveCorrection(input: {id: $id, status: $status, reason: $reason}) {
                    correction { status } reporterNotice problems { field message } } }
                """, variables, GraphQlHttp.EDITOR);
        assertThat(response.has("errors")).as(response.toString()).isFalse();
        return response.at("/data/resolveCorrection");
    }

    private long outboxAbout(String id) {
        return driver.executableQuery("MATCH (e:OutboxEmail {about: $id}) RETURN count(e) AS n").withParameters(Map.of("id", id))
                .execute().records().getFirst().get("n").asLong();
    }

    private static ObjectNode network(Path folder) throws IOException {
        return (ObjectNode) JsonMapper.builder().build().readTree(Files.readString(folder.resolve("network.json")));
    }

    private static ObjectNode membership(ObjectNode network, String id) {
        return (ObjectNode) network.get("memberships").valueStream().filter(m -> m.get("id").asString().equals(id))
                .findFirst().orElseThrow();
    }

    private static void save(Path folder, ObjectNode network) throws IOException {
        Files.writeString(folder.resolve("network.json"), JsonMapper.builder().build().writeValueAsString(network));
    }

    private void endMembership(String id, String validTo) {
        long version = version(id);
        JsonNode ended = graphQl.post("""
                mutation($id: ID!, $v: Long!, $to: PartialDate!) { endMembership(input: {id: $id, version: $v, validTo: $to}) {
                  problems { field message } } }
                """, Map.of("id", id, "v", version, "to", validTo), GraphQlHttp.EDITOR);
        assertThat(ended.at("/data/endMembership/problems")).as(ended.toString()).isEmpty();
    }

    /** The version of a person or a membership, as an editor reads it before changing it. */
    private long version(String id) {
        return graphQl.data("query($id: ID!) { node(id: $id) { ... on Person { version } ... on Membership { version } } }",
                Map.of("id", id)).at("/node/version").asLong();
    }

    private JsonNode write(String email, String message) {
        JsonNode response = graphQl.post("""
                mutation($email: String!, $message: String!) { writeToRepresentative(input: {membership: "membership:board-vcs-ben",
                  name: "Sam Sender", email: $email, organisation: "Northdale Youth Club", message: $message}) {
                  accepted enabled message problems { field message } } }
                """, Map.of("email", email, "message", message));
        assertThat(response.has("errors")).as(response.toString()).isFalse();
        return response.at("/data/writeToRepresentative");
    }

    private JsonNode follow(String token) {
        JsonNode response = graphQl.post("mutation($t: String!) { followLink(token: $t) { accepted message problems { field message } } }",
                Map.of("t", token));
        assertThat(response.has("errors")).as(response.toString()).isFalse();
        return response.at("/data/followLink");
    }

    static List<MimeMessage> received(String to) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(to::equalsIgnoreCase);
            }
            catch (Exception ex) {
                throw new AssertionError(ex);
            }
        }).collect(Collectors.toList());
    }

    static MimeMessage only(String to) {
        List<MimeMessage> messages = received(to);
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    static String token(MimeMessage message) throws Exception {
        Matcher m = LINK.matcher(body(message));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
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
