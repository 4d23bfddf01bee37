package org.trustmap.messages;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import org.trustmap.api.GraphWrites;
import org.trustmap.api.Today;

/**
 * Every email trustmap sends goes through here: {@link #enqueue} writes an {@code OutboxEmail} node in the
 * caller's transaction, so it exists exactly when what caused it commits; {@link #sendDue} sends what is due.
 * <p>
 * Sending takes each email (status SENDING, committed), hands it to the SMTP relay, then marks it SENT. A
 * failure the relay calls permanent (a refused address) marks the email FAILED and the address undeliverable
 * (editors see both); any other failure (the relay away, a timeout) tries again later, waiting twice as long
 * each time, up to {@code max-attempts}. A crash between the relay's acceptance and the mark cannot be told
 * from a crash before it: such an email, SENDING for longer than {@code claim-timeout}, is marked UNCERTAIN
 * and shown to editors, never sent again. trustmap prefers an email possibly lost (and said to be) to one
 * sent twice.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 50;

    private final GraphWrites writes;
    private final MailSwitch mail;
    private final MessageSettings settings;

    Outbox(GraphWrites writes, MailSwitch mail, MessageSettings settings) {
        this.writes = writes;
        this.mail = mail;
        this.settings = settings;
    }

    /** Puts an email in the outbox inside the caller's transaction; it is sent once that commits. @return its id */
    public String enqueue(TransactionContext tx, OutboxEmail email) {
        String id = "outbox:" + UUID.randomUUID();
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("to", email.to());
        props.put("replyTo", email.replyTo());
        props.put("subject", email.subject());
        props.put("text", email.text());
        props.put("headers", JSON.writeValueAsString(email.headers()));
        props.put("kind", email.kind());
        props.put("person", email.person());
        props.put("dataset", email.dataset());
        props.put("about", email.about());
        tx.run("""
                CREATE (e:OutboxEmail) SET e = $props, e.status = 'PENDING', e.attempts = 0,
                  e.createdAt = datetime(), e.nextAttemptAt = datetime()
                """, Map.of("props", props)).consume();
        return id;
    }

    /**
     * Sends every email that is due, one at a time, and returns how many were sent. Safe to call from
     * several threads or instances at once: an email is taken under a lock, by one caller only.
     */
    public synchronized int sendDue() {
        if (!mail.on()) {
            return 0;
        }
        markUncertain();
        // Each email is tried at most once a round, however soon its next try is due. The round is an id, not
        // a time: a take in the same millisecond as the round's start would otherwise count as an earlier round.
        String round = UUID.randomUUID().toString();
        int sent = 0;
        while (true) {
            List<Map<String, Object>> taken = take(round);
            if (taken.isEmpty()) {
                return sent;
            }
            for (Map<String, Object> email : taken) {
                if (send(email)) {
                    sent++;
                }
            }
        }
    }

    private List<Map<String, Object>> take(String round) {
        return writes.write(null, tx -> tx.run("""
                MATCH (e:OutboxEmail) WHERE e.status = 'PENDING' AND e.nextAttemptAt <= datetime()
                  AND coalesce(e.round, '') <> $round
                WITH e ORDER BY e.createdAt LIMIT $batch
                SET e.taking = true
                WITH e WHERE e.status = 'PENDING'
                SET e.status = 'SENDING', e.takenAt = datetime(), e.round = $round, e.attempts = e.attempts + 1
                REMOVE e.taking
                RETURN e {.id, .to, .replyTo, .subject, .text, .headers, .attempts} AS email
                """, Map.of("batch", BATCH, "round", round)).list(r -> r.get("email").asMap(Value::asObject)));
    }

    private boolean send(Map<String, Object> email) {
        String id = (String) email.get("id");
        try {
            MimeMessage message = mail.sender().createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo((String) email.get("to"));
            if (email.get("replyTo") != null) {
                helper.setReplyTo((String) email.get("replyTo"));
            }
            helper.setSubject((String) email.get("subject"));
            helper.setText((String) email.get("text"));
            @SuppressWarnings("unchecked")
            Map<String, String> headers = JSON.readValue((String) email.get("headers"), Map.class);
            for (var header : headers.entrySet()) {
                message.addHeader(header.getKey(), header.getValue());
            }
            mail.sender().send(message);
        }
        catch (MailException | MessagingException ex) {
            failed(id, ((Number) email.get("attempts")).longValue(), ex);
            return false;
        }
        write("""
                MATCH (e:OutboxEmail {id: $id}) SET e.status = 'SENT', e.sentAt = datetime() REMOVE e.lastError
                WITH e OPTIONAL MATCH (m:RelayMessage {id: e.about}) WHERE e.kind = 'relay-delivery'
                SET m.deliveredAt = datetime()
                """, Map.of("id", id));
        return true;
    }

    private void failed(String id, long attempts, Exception ex) {
        String reason = reason(ex);
        if (permanent(ex) || attempts >= settings.maxAttempts()) {
            log.warn("Email {} not sent, given up after {} tries: {}", id, attempts, reason);
            write("""
                    MATCH (e:OutboxEmail {id: $id}) SET e.status = 'FAILED', e.failedAt = datetime(), e.lastError = $reason
                    WITH e
                    OPTIONAL MATCH (p:Person) WHERE p.id = e.person AND p.email = e.to
                    SET p.emailUndeliverableSince = toString(%1$s)
                    WITH e
                    OPTIONAL MATCH (s:AlertSubscription) WHERE s.email = e.to
                    SET s.undeliverableSince = toString(%1$s)
                    """.formatted(Today.CYPHER), Map.of("id", id, "reason", reason));
            return;
        }
        Instant next = Instant.now().plus(settings.retryAfter(attempts));
        log.info("Email {} not sent (try {}), trying again at {}: {}", id, attempts, next, reason);
        write("""
                MATCH (e:OutboxEmail {id: $id})
                SET e.status = 'PENDING', e.lastError = $reason, e.nextAttemptAt = datetime($next)
                """, Map.of("id", id, "reason", reason, "next", next.toString()));
    }

    /** Taken for sending and never marked: perhaps sent, perhaps not. Not sent again (see the class comment). */
    private void markUncertain() {
        write("""
                MATCH (e:OutboxEmail) WHERE e.status = 'SENDING' AND e.takenAt < datetime() - duration($timeout)
                SET e.status = 'UNCERTAIN', e.lastError = 'trustmap stopped while sending it: it may or may not have been sent'
                """, Map.of("timeout", settings.claimTimeout().toString()));
    }

    /** The relay refused the address itself (5xx for a recipient), or the address cannot be one. */
    static boolean permanent(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                for (Exception inner : send.getFailedMessages().values()) {
                    if (inner != ex && permanent(inner)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String reason(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private void write(String cypher, Map<String, Object> parameters) {
        writes.write(null, tx -> tx.run(cypher, parameters).consume());
    }
}
