package org.trustmap.messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLContext;
import org.springframework.stereotype.Service;
import org.trustmap.api.GraphWrites;
import org.trustmap.network.ContactConsent;
import org.trustmap.rules.FieldRules;
import org.trustmap.api.Today;

/**
 * "Write to them": a message to a seat's holder, through trustmap, without their address ever being shown.
 * The sender is sent a confirmation link first; only once they follow it is the message delivered, with
 * the sender's address as Reply-To and a footer saying how it came. The holder can report it (one link),
 * for the authority's editors to review.
 */
@Service
class Relay {

    static final int MAX_MESSAGE = 5000;
    static final int MAX_NAME = 200;

    private final GraphWrites writes;
    private final MailSwitch mail;
    private final Outbox outbox;
    private final LinkTokens tokens;
    private final Limits limits;
    private final MessageSettings settings;

    Relay(GraphWrites writes, MailSwitch mail, Outbox outbox, LinkTokens tokens, Limits limits, MessageSettings settings) {
        this.writes = writes;
        this.mail = mail;
        this.outbox = outbox;
        this.tokens = tokens;
        this.limits = limits;
        this.settings = settings;
    }

    MessageOutcome write(Map<String, Object> input, String clientAddress, GraphQLContext request) {
        if (!mail.on()) {
            return MessageOutcome.switchedOff();
        }
        List<MessageProblem> problems = new ArrayList<>();
        String name = text(input, "name", MAX_NAME, true, problems);
        String email = text(input, "email", MAX_NAME, true, problems);
        if (email != null && FieldRules.problem("email", email) != null) {
            problems.add(new MessageProblem("email", "Enter an email address in the correct format, like name@example.com"));
            email = null;
        }
        String organisation = text(input, "organisation", MAX_NAME, false, problems);
        String message = text(input, "message", MAX_MESSAGE, true, problems);
        String membership = String.valueOf(input.get("membership"));
        String sender = email == null ? null : email.toLowerCase(Locale.ROOT);
        String client = tokens.pseudonym(clientAddress == null ? "unknown" : clientAddress);
        return writes.write(request, tx -> {
            var seat = tx.run("""
                    MATCH (p:Person)-[:HOLDS]->(m:Membership {id: $id})-[:OF_POST]->(post:Post)
                    OPTIONAL MATCH (post)-[:SEAT_ON]->(o)
                    RETURN p.name AS person, post.name AS post, o.name AS on,
                           %s IN ['PUBLISHED', 'RELAY_ONLY'] AND p.email IS NOT NULL
                             AND p.emailUndeliverableSince IS NULL AS accepts,
                           m.validToDate IS NULL OR m.validToDate >= %s AS current
                    """.formatted(ContactConsent.of("p"), Today.CYPHER), Map.of("id", membership)).list();
            if (seat.isEmpty()) {
                problems.add(0, new MessageProblem("membership", "trustmap knows no seat holding " + membership));
            }
            else if (!seat.getFirst().get("accepts").asBoolean() || !seat.getFirst().get("current").asBoolean()) {
                problems.add(0, new MessageProblem("membership", seat.getFirst().get("person").asString()
                        + " has not agreed to trustmap passing on messages, or no longer holds this seat: "
                        + "ask your council for voluntary service to pass on a message."));
            }
            if (sender != null) {
                limits.check(tx, sender, client, problems);
            }
            if (!problems.isEmpty()) {
                return MessageOutcome.refused(problems);
            }
            var row = seat.getFirst();
            String id = "message:" + UUID.randomUUID();
            tx.run("""
                    MATCH (m:Membership {id: $membership})
                    CREATE (r:RelayMessage {id: $id, senderName: $name, senderEmail: $email, organisation: $organisation,
                                            text: $text, client: $client, createdAt: datetime(), status: 'AWAITING_CONFIRMATION'})
                    CREATE (r)-[:TO_SEAT]->(m)
                    """, Map.of("membership", membership, "id", id, "name", name, "email", sender,
                    "organisation", organisation == null ? "" : organisation, "text", message, "client", client))
                    .consume();
            String link = settings.link("link.html", tokens.sign("message-confirm", id,
                    Instant.now().plus(settings.confirmWithin())));
            outbox.enqueue(tx, OutboxEmail.plain(sender, "Confirm your message to " + row.get("person").asString(),
                    """
                    Hello %s,

                    You asked trustmap to pass a message to %s (%s, %s). To send it, follow this link within %d hours:

                    %s

                    If you did not write this message, ignore this email and nothing will be sent.

                    Your message:

                    %s

                    trustmap keeps your name, email, organisation and message for %d days after delivery, then deletes them.
                    Privacy notice: %s/privacy.html
                    """.formatted(name, row.get("person").asString(), row.get("post").asString(),
                    row.get("on").asString(""), settings.confirmWithin().toHours(), link, message,
                    settings.retention().toDays(), base()), "relay-confirmation"));
            return MessageOutcome.done("Check your email: we have sent a link to " + sender
                    + ". Your message is sent to " + row.get("person").asString() + " only once you follow it.");
        });
    }

    /** The sender followed their link: the message goes out, once however often the link is followed. */
    MessageOutcome confirm(String id, GraphQLContext request) {
        return writes.write(request, tx -> {
            var rows = tx.run("""
                    MATCH (r:RelayMessage {id: $id})-[:TO_SEAT]->(m:Membership)<-[:HOLDS]-(p:Person)
                    MATCH (m)-[:OF_POST]->(post:Post) OPTIONAL MATCH (post)-[:SEAT_ON]->(o)
                    SET r.lock = true REMOVE r.lock
                    RETURN r {.*} AS message, p.email AS to, p.id AS person, p.name AS name, m.dataset AS dataset,
                           post.name AS post, o.name AS on
                    """, Map.of("id", id)).list();
            if (rows.isEmpty()) {
                return MessageOutcome.refused(List.of(new MessageProblem("token",
                        "This message is no longer held by trustmap (it was deleted after its retention period).")));
            }
            var row = rows.getFirst();
            Map<String, Object> message = row.get("message").asMap();
            if (!"AWAITING_CONFIRMATION".equals(message.get("status"))) {
                return MessageOutcome.done("Your message was already confirmed; it is sent once only.");
            }
            String flag = settings.link("link.html", tokens.sign("message-flag", id,
                    Instant.now().plus(settings.retention())));
            String organisation = (String) message.get("organisation");
            String from = message.get("senderName") + (organisation == null || organisation.isBlank() ? ""
                    : " (" + organisation + ")");
            outbox.enqueue(tx, new OutboxEmail(row.get("to").asString(), (String) message.get("senderEmail"),
                    "A message from " + from + " through trustmap",
                    """
                    %s

                    ----
                    %s wrote this to you, as holder of the seat %s on %s, through trustmap. Reply to this email to answer them:
                    your reply goes to %s, and your own address becomes known to them only if you reply.
                    They have not been told your email address: you agreed that trustmap may pass on messages.

                    If this message is abusive, report it to the partnership's officers with this link: %s
                    trustmap deletes this message %d days after delivery. Privacy notice: %s/privacy.html
                    """.formatted(message.get("text"), from, row.get("post").asString(), row.get("on").asString(""),
                    message.get("senderEmail"), flag, settings.retention().toDays(), base()),
                    Map.of(), "relay-delivery", row.get("person").asString(), row.get("dataset").asString(null), id));
            tx.run("MATCH (r:RelayMessage {id: $id}) SET r.status = 'CONFIRMED', r.confirmedAt = datetime()",
                    Map.of("id", id)).consume();
            return MessageOutcome.done("Thank you: your message is on its way to " + row.get("name").asString()
                    + ". Their reply, if any, will come to your email.");
        });
    }

    /** The recipient reported the message: editors of the authority see it. */
    MessageOutcome flag(String id, GraphQLContext request) {
        return writes.write(request, tx -> {
            boolean found = tx.run("MATCH (r:RelayMessage {id: $id}) SET r.flaggedAt = coalesce(r.flaggedAt, datetime()) "
                    + "RETURN count(r) > 0 AS found", Map.of("id", id)).single().get("found").asBoolean();
            return found ? MessageOutcome.done("Thank you: the message has been reported to the partnership's officers.")
                    : MessageOutcome.refused(List.of(new MessageProblem("token",
                            "This message is no longer held by trustmap (it was deleted after its retention period).")));
        });
    }

    private String base() {
        return settings.baseUrl().replaceAll("/+$", "");
    }

    static String text(Map<String, Object> input, String field, int max, boolean required, List<MessageProblem> problems) {
        Object value = input.get(field);
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(new MessageProblem(field, switch (field) {
                    case "name" -> "Enter your name";
                    case "email" -> "Enter your email address";
                    case "message" -> "Enter your message";
                    default -> "Enter " + field;
                }));
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(new MessageProblem(field, (field.equals("message") ? "Your message" : "This")
                    + " must be " + String.format("%,d", max) + " characters or fewer (it has " + String.format("%,d", text.length()) + ")"));
            return null;
        }
        return text;
    }
}
