package org.trustmap.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLContext;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.trustmap.api.GraphWrites;
import org.trustmap.api.Today;
import org.trustmap.editing.MembershipListener;
import org.trustmap.rules.FieldRules;

/**
 * Email alerts: anyone may subscribe (double opt-in) to an area (a postcode or district: the voluntary-sector
 * seats of the partnerships covering it) or a partnership (its own voluntary-sector seats), and is told when
 * such a seat changes holder, falls vacant, or its term ends within {@value #TERM_NOTICE_DAYS} days. Each
 * alert is written to the outbox in the transaction of the change that caused it. Every email carries a
 * one-click unsubscribe link and the {@code List-Unsubscribe} headers (RFC 2369, RFC 8058).
 */
@Service
class Alerts implements MembershipListener {

    static final int TERM_NOTICE_DAYS = 60;
    static final String VOLUNTARY = "VOLUNTARY_AND_COMMUNITY";

    private final GraphWrites writes;
    private final MailSwitch mail;
    private final Outbox outbox;
    private final LinkTokens tokens;
    private final Limits limits;
    private final MessageSettings settings;
    private final Today today;

    Alerts(GraphWrites writes, MailSwitch mail, Outbox outbox, LinkTokens tokens, Limits limits, MessageSettings settings,
            Today today) {
        this.writes = writes;
        this.mail = mail;
        this.outbox = outbox;
        this.tokens = tokens;
        this.limits = limits;
        this.settings = settings;
        this.today = today;
    }

    MessageOutcome subscribe(Map<String, Object> input, String clientAddress, GraphQLContext request) {
        if (!mail.on()) {
            return MessageOutcome.switchedOff();
        }
        List<MessageProblem> problems = new ArrayList<>();
        String email = Relay.text(input, "email", Relay.MAX_NAME, true, problems);
        if (email != null && FieldRules.problem("email", email) != null) {
            problems.add(new MessageProblem("email", "Enter an email address in the correct format, like name@example.com"));
            email = null;
        }
        String area = Relay.text(input, "area", Relay.MAX_NAME, false, problems);
        if (area == null && problems.stream().noneMatch(p -> "area".equals(p.field()))) {
            problems.add(new MessageProblem("area", "Enter a postcode, or choose a district or partnership"));
        }
        String address = email == null ? null : email.toLowerCase(Locale.ROOT);
        String client = tokens.pseudonym(clientAddress == null ? "unknown" : clientAddress);
        return writes.write(request, tx -> {
            Map<String, Object> target = area == null ? null : target(tx, area);
            if (area != null && target == null) {
                problems.add(0, new MessageProblem("area", "trustmap knows no postcode, district or partnership '"
                        + area + "' in the networks it holds"));
            }
            if (address != null) {
                limits.check(tx, address, client, problems);
            }
            if (!problems.isEmpty()) {
                return MessageOutcome.refused(problems);
            }
            String id = "subscription:" + UUID.randomUUID();
            tx.run("""
                    CREATE (s:AlertSubscription {id: $id, email: $email, senderEmail: $email, client: $client,
                            target: $target, targetName: $name, createdAt: datetime()})
                    """, Map.of("id", id, "email", address, "client", client, "target", target.get("id"),
                    "name", target.get("name"))).consume();
            String link = settings.link("link.html", tokens.sign("alert-confirm", id,
                    Instant.now().plus(settings.confirmWithin())));
            outbox.enqueue(tx, withUnsubscribe(new OutboxEmail(address, null,
                    "Confirm your trustmap alerts for " + target.get("name"), """
                    You asked trustmap to email you when a voluntary-sector seat for %s changes holder, falls vacant or
                    its term is about to end. To start the alerts, follow this link within %d hours:

                    %s

                    If you did not ask for this, ignore this email: nothing more will be sent.
                    Privacy notice: %s/privacy.html
                    """.formatted(target.get("name"), settings.confirmWithin().toHours(), link, base()),
                    Map.of(), "alert-confirmation", null, null, id), id));
            return MessageOutcome.done("Check your email: we have sent a link to " + address
                    + ". Alerts for " + target.get("name") + " start once you follow it.");
        });
    }

    /** A postcode (its district), a district or a partnership; null when none is known. */
    private static Map<String, Object> target(TransactionContext tx, String area) {
        String code = area.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        String postcode = code.length() > 3 ? code.substring(0, code.length() - 3) + " " + code.substring(code.length() - 3) : code;
        var rows = tx.run("""
                OPTIONAL MATCH (pc:Postcode {code: $postcode})
                OPTIONAL MATCH (d:District {id: 'district:' + pc.district})
                OPTIONAL MATCH (n:Entity {id: $id}) WHERE n:District OR n:Partnership
                WITH coalesce(n, d) AS t, pc
                WHERE t IS NOT NULL AND (t.dataset IS NOT NULL OR EXISTS { (:Partnership)-[:COVERS]->(t) })
                RETURN t.id AS id, CASE WHEN pc IS NOT NULL AND t:District THEN pc.code + ' (' + t.name + ')' ELSE t.name END AS name
                """, Map.of("postcode", postcode, "id", area)).list();
        return rows.isEmpty() ? null : rows.getFirst().asMap();
    }

    MessageOutcome confirm(String id, GraphQLContext request) {
        return writes.write(request, tx -> {
            var rows = tx.run("MATCH (s:AlertSubscription {id: $id}) SET s.confirmedAt = coalesce(s.confirmedAt, datetime()) "
                    + "RETURN s.targetName AS name", Map.of("id", id)).list();
            return rows.isEmpty() ? gone() : MessageOutcome.done("Your alerts for " + rows.getFirst().get("name").asString()
                    + " have started. Every alert has a link to stop them.");
        });
    }

    /** Deletes the subscription and its address at once: nothing is kept of it. */
    MessageOutcome unsubscribe(String id, GraphQLContext request) {
        return writes.write(request, tx -> {
            var rows = tx.run("MATCH (s:AlertSubscription {id: $id}) WITH s, s.targetName AS name DETACH DELETE s "
                    + "RETURN name", Map.of("id", id)).list();
            return MessageOutcome.done(rows.isEmpty() ? "You are not subscribed: trustmap will send you no alerts."
                    : "You have unsubscribed: trustmap will send you no more alerts for "
                            + rows.getFirst().get("name").asString() + ", and has deleted your address.");
        });
    }

    private static MessageOutcome gone() {
        return MessageOutcome.refused(List.of(new MessageProblem("token",
                "trustmap no longer holds this subscription: subscribe again if you want alerts.")));
    }

    @Override
    public void membershipChanged(TransactionContext tx, String membership, String action) {
        var rows = tx.run("""
                MATCH (p:Person)-[:HOLDS]->(m:Membership {id: $id})-[:OF_POST]->(post:Post)-[:SEAT_ON]->(o:Partnership)
                WHERE post.sector = $sector
                RETURN p.name AS person, post.id AS post, post.name AS seat, o.name AS on, m.validTo AS validTo,
                       m.validToDate AS until,
                       NOT EXISTS { MATCH (other:Membership)-[:OF_POST]->(post) WHERE other.id <> m.id
                                    AND other.validFromDate <= $today AND (other.validToDate IS NULL OR other.validToDate >= $today) } AS alone
                """, Map.of("id", membership, "sector", VOLUNTARY, "today", today.date())).list();
        if (rows.isEmpty()) {
            return;
        }
        var row = rows.getFirst();
        LocalDate day = today.date();
        LocalDate until = row.get("until").isNull() ? null : row.get("until").asLocalDate();
        String seat = row.get("seat").asString() + " on " + row.get("on").asString();
        String what;
        if (action.equals("appointMember") && (until == null || !until.isBefore(day))) {
            what = row.get("person").asString() + " now holds the seat " + seat + ".";
        }
        else if (until != null && until.isBefore(day.plusDays(1)) && row.get("alone").asBoolean()) {
            what = "The seat " + seat + " is vacant: " + row.get("person").asString() + " held it until "
                    + row.get("validTo").asString() + ".";
        }
        else if (until != null && !until.isAfter(day.plusDays(TERM_NOTICE_DAYS))) {
            what = row.get("person").asString() + "'s term in the seat " + seat + " ends on " + row.get("validTo").asString() + ".";
            tx.run("MATCH (m:Membership {id: $id}) SET m.termEndAlertFor = m.validTo", Map.of("id", membership)).consume();
        }
        else {
            return;
        }
        alert(tx, row.get("post").asString(), what);
    }

    /** Terms ending within the notice period that have not been alerted for yet (run on the sender's schedule). */
    int termsEnding() {
        if (!mail.on()) {
            return 0;
        }
        return writes.write(null, tx -> {
            var rows = tx.run("""
                    MATCH (p:Person)-[:HOLDS]->(m:Membership)-[:OF_POST]->(post:Post {sector: $sector})-[:SEAT_ON]->(o:Partnership)
                    WHERE m.validToDate >= $today AND m.validToDate <= $today + duration({days: $days})
                      AND coalesce(m.termEndAlertFor, '') <> m.validTo
                    SET m.termEndAlertFor = m.validTo
                    RETURN post.id AS post, p.name + "'s term in the seat " + post.name + ' on ' + o.name + ' ends on '
                           + m.validTo + '.' AS what
                    """, Map.of("sector", VOLUNTARY, "days", TERM_NOTICE_DAYS, "today", today.date())).list();
            rows.forEach(r -> alert(tx, r.get("post").asString(), r.get("what").asString()));
            return rows.size();
        });
    }

    /** Writes the alert {@code what} about a voluntary-sector seat to each confirmed subscriber of its partnership or areas. */
    void alert(TransactionContext tx, String post, String what) {
        var subscribers = tx.run("""
                MATCH (post:Post {id: $post})-[:SEAT_ON]->(o:Partnership)
                OPTIONAL MATCH (o)-[c:COVERS]->(d:District)
                WITH o, collect(d.id) AS districts
                MATCH (s:AlertSubscription) WHERE s.confirmedAt IS NOT NULL AND s.undeliverableSince IS NULL
                  AND (s.target = o.id OR s.target IN districts)
                RETURN s.id AS id, s.email AS email, s.targetName AS name
                """, Map.of("post", post)).list(r -> r.asMap(Value::asObject));
        for (Map<String, Object> s : subscribers) {
            outbox.enqueue(tx, withUnsubscribe(new OutboxEmail((String) s.get("email"), null,
                    "trustmap alert: a voluntary-sector seat for " + s.get("name"), """
                    %s

                    You get this email because you subscribed to trustmap's alerts for %s.
                    Stop these alerts (one click): %s
                    Privacy notice: %s/privacy.html
                    """.formatted(what, s.get("name"), unsubscribeLink((String) s.get("id")), base()),
                    Map.of(), "alert", null, null, (String) s.get("id")), (String) s.get("id")));
        }
    }

    private String unsubscribeLink(String subscription) {
        return settings.link("link.html", tokens.sign("unsubscribe", subscription, null));
    }

    private OutboxEmail withUnsubscribe(OutboxEmail email, String subscription) {
        Map<String, String> headers = new LinkedHashMap<>(email.headers());
        headers.put("List-Unsubscribe", "<" + settings.baseUrl().replaceAll("/+$", "") + "/api/messages/unsubscribe?token="
                + tokens.sign("unsubscribe", subscription, null) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new OutboxEmail(email.to(), email.replyTo(), email.subject(), email.text(), headers, email.kind(),
                email.person(), email.dataset(), email.about());
    }

    private String base() {
        return settings.baseUrl().replaceAll("/+$", "");
    }
}
