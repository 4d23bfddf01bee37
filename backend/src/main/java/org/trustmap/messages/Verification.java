package org.trustmap.messages;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.neo4j.driver.TransactionContext;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.trustmap.api.GraphWrites;
import org.trustmap.api.Today;
import org.trustmap.audit.AuditTrail;
import org.trustmap.security.Permissions;

/**
 * "Do you still hold this seat?": an editor has a seat's holder emailed two signed links. "Yes" records
 * {@code lastVerified} (by the holder); "No" records {@code holderSaysNotHeldOn} on the membership, which
 * puts the seat in the officers' Needs checking queue. Both are audited, with the holder as actor.
 */
@Service
class Verification {

    private final GraphWrites writes;
    private final MailSwitch mail;
    private final Outbox outbox;
    private final LinkTokens tokens;
    private final MessageSettings settings;
    private final AuditTrail audit;
    private final Today today;

    Verification(GraphWrites writes, MailSwitch mail, Outbox outbox, LinkTokens tokens, MessageSettings settings,
            AuditTrail audit, Today today) {
        this.writes = writes;
        this.mail = mail;
        this.outbox = outbox;
        this.tokens = tokens;
        this.settings = settings;
        this.audit = audit;
        this.today = today;
    }

    MessageOutcome send(String membership, Authentication user, GraphQLContext request) {
        if (!mail.on()) {
            return MessageOutcome.switchedOff();
        }
        return writes.write(request, tx -> {
            var rows = tx.run("""
                    MATCH (p:Person)-[:HOLDS]->(m:Membership {id: $id})-[:OF_POST]->(post:Post)
                    OPTIONAL MATCH (post)-[:SEAT_ON]->(o)
                    RETURN p.email AS email, p.emailUndeliverableSince AS bad, p.name AS name, p.id AS person,
                           m.dataset AS dataset, post.name AS post, o.name AS on
                    """, Map.of("id", membership)).list();
            if (rows.isEmpty()) {
                return problem("membership", "nothing has the id " + membership);
            }
            var row = rows.getFirst();
            if (!Permissions.mayEdit(user, row.get("dataset").asString(null))) {
                return problem(null, "you may not send emails for " + row.get("dataset").asString("")
                        + "'s network: your account edits other authorities'");
            }
            if (row.get("email").isNull() || !row.get("bad").isNull()) {
                return problem("membership", row.get("name").asString() + " has no email address trustmap can use");
            }
            return enqueue(tx, membership, row.asMap(), user.getName());
        });
    }

    /**
     * With {@code trustmap.messages.verify-every} set: every current holder of a seat with a usable email whose
     * seat was neither verified nor asked about within that period is asked (at most 100 a round). A seat never
     * verified counts from the start of its holding: the record was true then, as far as anyone knows.
     * @return how many were asked
     */
    int sendScheduled() {
        if (settings.verifyEvery() == null || !mail.on()) {
            return 0;
        }
        String since = today.date().minusDays(settings.verifyEvery().toDays()).toString();
        return writes.write(null, tx -> {
            var rows = tx.run("""
                    MATCH (p:Person)-[:HOLDS]->(m:Membership)-[:OF_POST]->(post:Post)
                    WHERE p.email IS NOT NULL AND p.emailUndeliverableSince IS NULL
                      AND m.validFromDate <= $today AND (m.validToDate IS NULL OR m.validToDate >= $today)
                      AND coalesce(m.lastVerified, toString(m.validFromDate)) < $since
                      AND coalesce(m.verificationSentOn, '') < $since
                    OPTIONAL MATCH (post)-[:SEAT_ON]->(o)
                    RETURN m.id AS membership, p.email AS email, p.name AS name, p.id AS person, m.dataset AS dataset,
                           post.name AS post, o.name AS on
                    LIMIT 100
                    """, Map.of("since", since, "today", today.date())).list();
            rows.forEach(r -> enqueue(tx, r.get("membership").asString(), r.asMap(), "schedule"));
            return rows.size();
        });
    }

    private MessageOutcome enqueue(TransactionContext tx, String membership, Map<String, Object> row, String actor) {
        Instant until = Instant.now().plus(settings.answerWithin());
        String seat = row.get("post") + " on " + row.get("on");
        outbox.enqueue(tx, new OutboxEmail((String) row.get("email"), null, "Do you still hold the seat " + seat + "?", """
                Hello %s,

                trustmap, the map of your Children's Trust partnership, lists you as holder of the seat %s.
                Please tell us whether that is still true (each link is one click; they work for %d days):

                Yes, I still hold this seat: %s
                No, I no longer hold it: %s

                The partnership's officers asked for this check, so that people looking for their representative find the right one.
                Privacy notice: %s/privacy.html
                """.formatted(row.get("name"), seat, settings.answerWithin().toDays(),
                settings.link("link.html", tokens.sign("verify-yes", membership, until)),
                settings.link("link.html", tokens.sign("verify-no", membership, until)),
                settings.baseUrl().replaceAll("/+$", "")),
                Map.of(), "verification", (String) row.get("person"), (String) row.get("dataset"), membership));
        tx.run("MATCH (m:Membership {id: $id}) SET m.verificationSentOn = $day", Map.of("id", membership,
                "day", today.date().toString())).consume();
        audit.record(tx, actor, "sendVerificationEmail", membership, (String) row.get("dataset"), null,
                Map.of("verificationSentOn", today.date().toString()));
        return MessageOutcome.done("trustmap will email " + row.get("name") + " to ask whether they still hold the seat.");
    }

    /** The holder's answer, from their link. */
    MessageOutcome answer(String membership, boolean stillHeld, GraphQLContext request) {
        String day = today.date().toString();
        return writes.write(request, tx -> {
            var rows = tx.run("MATCH (p:Person)-[:HOLDS]->(m:Membership {id: $id}) SET m.version = coalesce(m.version, 0) + 1 "
                    + "RETURN p.id AS person, p.name AS name, m.dataset AS dataset, m.lastVerified AS lastVerified, "
                    + "m.holderSaysNotHeldOn AS notHeld", Map.of("id", membership)).list();
            if (rows.isEmpty()) {
                return problem("token", "trustmap no longer holds this seat's record: nothing was changed.");
            }
            var row = rows.getFirst();
            String field = stillHeld ? "lastVerified" : "holderSaysNotHeldOn";
            tx.run("MATCH (m:Membership {id: $id}) SET m[$field] = $day" + (stillHeld ? ", m.lastVerifiedBy = 'holder'" : ""),
                    Map.of("id", membership, "field", field, "day", day)).consume();
            java.util.Map<String, Object> before = new java.util.HashMap<>();
            before.put(field, row.get(stillHeld ? "lastVerified" : "notHeld").asObject());
            audit.record(tx, "holder " + row.get("person").asString(), stillHeld ? "holderConfirmsSeat" : "holderSaysSeatNotHeld",
                    membership, row.get("dataset").asString(null), before, Map.of(field, day));
            return MessageOutcome.done(stillHeld ? "Thank you: trustmap now shows the seat as verified by you today."
                    : "Thank you: the partnership's officers will check the seat and correct trustmap.");
        });
    }

    private static MessageOutcome problem(String field, String message) {
        return MessageOutcome.refused(List.of(new MessageProblem(field, message)));
    }
}
