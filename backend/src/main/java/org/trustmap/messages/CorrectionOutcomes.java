package org.trustmap.messages;

import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/**
 * Tells the reporter of a correction what became of it, in the transaction that resolves it, when they left an
 * email address. The address was kept for this one email: once it is in the outbox the caller deletes it from the
 * correction, so it is then kept only with the email, which {@link Retention} deletes with the others.
 */
@Service
public class CorrectionOutcomes {

    private final MailSwitch mail;
    private final Outbox outbox;
    private final MessageSettings settings;

    CorrectionOutcomes(MailSwitch mail, Outbox outbox, MessageSettings settings) {
        this.mail = mail;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * Puts the outcome email in the outbox (when mail is on and the reporter left an address).
     *
     * @param correction the correction node {@code c}'s properties as resolved (status, reason, about,
     *                   whatIsWrong, field, rightValue, receivedAt, email, dataset)
     * @return what became of the reporter, in words, for the editor
     */
    public String tell(TransactionContext tx, Map<String, Object> correction) {
        Object email = correction.get("email");
        if (email == null) {
            return "The reporter left no email address: nobody is told.";
        }
        if (!mail.on()) {
            return MailSwitch.OFF_SHORT + ": the reporter is not told, and their email address has been deleted.";
        }
        var names = tx.run("""
                OPTIONAL MATCH (n:Entity {id: $about}) OPTIONAL MATCH (a:Authority {id: $dataset})
                RETURN coalesce(n.name, $about) AS about, coalesce(a.name, $dataset) AS authority
                """, Map.of("about", String.valueOf(correction.get("about")),
                "dataset", String.valueOf(correction.get("dataset")))).single();
        boolean accepted = "ACCEPTED".equals(correction.get("status"));
        Object reason = correction.get("reason");
        StringBuilder report = new StringBuilder("\"" + correction.get("whatIsWrong") + "\"");
        if (correction.get("field") != null) {
            report.append("\nWhich field: ").append(correction.get("field"));
        }
        if (correction.get("rightValue") != null) {
            report.append("\nThe right value: ").append(correction.get("rightValue"));
        }
        String outcome = accepted
                ? "An editor of " + names.get("authority").asString() + "'s network has accepted it: trustmap's record "
                        + "now shows the change." + (reason == null ? "" : "\nThe editor added: " + reason)
                : "An editor of " + names.get("authority").asString() + "'s network has not accepted it, for this reason:\n"
                        + reason;
        String received = correction.get("receivedAt") == null ? "" : " of " + correction.get("receivedAt").toString()
                .substring(0, 10);
        outbox.enqueue(tx, new OutboxEmail(email.toString(), null, "Your correction to trustmap was "
                + (accepted ? "accepted" : "not accepted") + ": " + names.get("about").asString(), """
                Thank you for your correction%s to trustmap about %s:

                %s

                %s

                trustmap kept your email address only to tell you this. It is no longer kept with your correction;
                this email is deleted from trustmap %d days after it was sent.
                Privacy notice: %s/privacy.html
                """.formatted(received, names.get("about").asString(), report, outcome, settings.retention().toDays(),
                settings.baseUrl().replaceAll("/+$", "")),
                Map.of(), "correction-outcome", null, String.valueOf(correction.get("dataset")),
                String.valueOf(correction.get("id"))));
        return "trustmap will email the reporter that their correction was " + (accepted ? "accepted." : "not accepted, "
                + "with your reason.");
    }
}
