package org.trustmap.messages;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.trustmap.api.ClientAddress;
import org.trustmap.api.GraphReads;
import org.trustmap.api.GraphWrites;
import org.trustmap.network.ContactConsent;
import org.trustmap.security.OtherAuthorityException;
import org.trustmap.security.Permissions;

/** The queries and mutations of schema/graphql/messages.graphqls. */
@Controller
class MessagesController {

    private final MailSwitch mail;
    private final Relay relay;
    private final Alerts alerts;
    private final Verification verification;
    private final LinkTokens tokens;
    private final GraphReads reads;
    private final GraphWrites writes;
    private final MessageSettings settings;

    MessagesController(MailSwitch mail, Relay relay, Alerts alerts, Verification verification, LinkTokens tokens,
            GraphReads reads, GraphWrites writes, MessageSettings settings) {
        this.settings = settings;
        this.mail = mail;
        this.relay = relay;
        this.alerts = alerts;
        this.verification = verification;
        this.tokens = tokens;
        this.reads = reads;
        this.writes = writes;
    }

    /** The GraphQL type {@code MessagesStatus} ({@code correctionRetention} is the corrections' own field). */
    record MessagesStatus(boolean enabled, String message, String messageRetention) {
    }

    /** The GraphQL type {@code PrivateContact}. */
    record PrivateContact(String level, String recordedOn, String recordedBy, String email, String phone,
            String undeliverableSince) {
    }

    /** The GraphQL type {@code FlaggedMessage}. */
    record FlaggedMessage(String id, String flaggedAt, String senderName, String senderEmail, String organisation,
            String text, String recipient, String reviewedAt, String reviewedBy) {
    }

    /** The GraphQL type {@code MailProblem}. */
    record MailProblem(String id, String status, String kind, String person, String subject, String at,
            String reason) {
    }

    @QueryMapping
    MessagesStatus messagesStatus() {
        return new MessagesStatus(mail.on(), mail.on()
                ? "Messages and alerts are on: trustmap sends them through the council's mail server."
                : MailSwitch.OFF, Periods.words(settings.retention()));
    }

    @MutationMapping
    MessageOutcome writeToRepresentative(@Argument Map<String, Object> input,
            @ContextValue(name = ClientAddress.KEY, required = false) String client, GraphQLContext request) {
        return relay.write(input, client, request);
    }

    @MutationMapping
    MessageOutcome subscribeToAlerts(@Argument Map<String, Object> input,
            @ContextValue(name = ClientAddress.KEY, required = false) String client, GraphQLContext request) {
        return alerts.subscribe(input, client, request);
    }

    @MutationMapping
    MessageOutcome followLink(@Argument String token, GraphQLContext request) {
        LinkTokens.Link link;
        try {
            link = tokens.verify(token, "message-confirm", "message-flag", "alert-confirm", "unsubscribe", "verify-yes",
                    "verify-no");
        }
        catch (LinkTokens.Refused refused) {
            return MessageOutcome.refused(List.of(new MessageProblem("token", refused.getMessage())));
        }
        return switch (link.purpose()) {
            case "message-confirm" -> relay.confirm(link.id(), request);
            case "message-flag" -> relay.flag(link.id(), request);
            case "alert-confirm" -> alerts.confirm(link.id(), request);
            case "unsubscribe" -> alerts.unsubscribe(link.id(), request);
            case "verify-yes" -> verification.answer(link.id(), true, request);
            default -> verification.answer(link.id(), false, request);
        };
    }

    @MutationMapping
    @PreAuthorize("hasRole('EDITOR')")
    MessageOutcome sendVerificationEmail(@Argument String membership, Authentication user, GraphQLContext request) {
        return verification.send(membership, user, request);
    }

    @QueryMapping
    @PreAuthorize("hasRole('EDITOR')")
    PrivateContact personContact(@Argument String person, Authentication user, DataFetchingEnvironment env) {
        PersonContact found = reads.row(env, """
                MATCH (p:Person {id: $id})
                RETURN p.dataset AS dataset, {level: %s, recordedOn: toString(p.contactConsentDate),
                       recordedBy: p.contactConsentRecordedBy, email: p.email, phone: p.phone,
                       undeliverableSince: toString(p.emailUndeliverableSince)} AS contact
                """.formatted(ContactConsent.of("p")), Map.of("id", person), PersonContact.class);
        if (found == null) {
            return null;
        }
        mayRead(user, found.dataset(), person);
        return found.contact();
    }

    /** A person's private contact and the network it belongs to, which decides who may read it. */
    record PersonContact(String dataset, PrivateContact contact) {
    }

    @QueryMapping
    @PreAuthorize("hasRole('EDITOR')")
    List<FlaggedMessage> flaggedMessages(@Argument String authority, Authentication user, DataFetchingEnvironment env) {
        mayRead(user, authority, authority);
        return reads.list(env, """
                MATCH (r:RelayMessage)-[:TO_SEAT]->(m:Membership {dataset: $authority})<-[:HOLDS]-(p:Person)
                WHERE r.flaggedAt IS NOT NULL
                RETURN {id: r.id, flaggedAt: toString(r.flaggedAt), senderName: r.senderName, senderEmail: r.senderEmail,
                        organisation: r.organisation, text: r.text, recipient: p.name, reviewedAt: toString(r.reviewedAt),
                        reviewedBy: r.reviewedBy} AS row
                ORDER BY r.reviewedAt IS NULL DESC, r.flaggedAt DESC
                """, Map.of("authority", authority), FlaggedMessage.class);
    }

    /** An editor has read a reported message: it is then deleted when its retention period is over, as the others. */
    @MutationMapping
    @PreAuthorize("hasRole('EDITOR')")
    MessageOutcome reviewFlaggedMessage(@Argument String message, Authentication user, GraphQLContext request) {
        return writes.write(request, tx -> {
            var rows = tx.run("""
                    MATCH (r:RelayMessage {id: $id})-[:TO_SEAT]->(m:Membership) WHERE r.flaggedAt IS NOT NULL
                    SET r.lock = true REMOVE r.lock
                    RETURN m.dataset AS dataset, toString(r.reviewedAt) AS reviewedAt
                    """, Map.of("id", message)).list();
            if (rows.isEmpty()) {
                return MessageOutcome.refused(List.of(new MessageProblem("message",
                        "no reported message has the id " + message + " (or it was deleted after its retention period)")));
            }
            String dataset = rows.getFirst().get("dataset").asString(null);
            if (!Permissions.mayEdit(user, dataset)) {
                return MessageOutcome.refused(List.of(new MessageProblem(null, "you may not review messages sent to "
                        + dataset + "'s seats: your account edits other authorities'")));
            }
            if (!rows.getFirst().get("reviewedAt").isNull()) {
                return MessageOutcome.done("It was reviewed already, at " + rows.getFirst().get("reviewedAt").asString() + ".");
            }
            tx.run("MATCH (r:RelayMessage {id: $id}) SET r.reviewedAt = datetime(), r.reviewedBy = $user",
                    Map.of("id", message, "user", user.getName())).consume();
            return MessageOutcome.done("Reviewed: trustmap deletes the message once its retention period is over.");
        });
    }

    @QueryMapping
    @PreAuthorize("hasRole('EDITOR')")
    List<MailProblem> mailProblems(@Argument String authority, Authentication user, DataFetchingEnvironment env) {
        mayRead(user, authority, authority);
        return reads.list(env, """
                MATCH (e:OutboxEmail {dataset: $authority}) WHERE e.status IN ['FAILED', 'UNCERTAIN']
                OPTIONAL MATCH (p:Person {id: e.person})
                RETURN {id: e.id, status: e.status, kind: e.kind, person: p.name, subject: e.subject,
                        at: toString(coalesce(e.failedAt, e.takenAt)), reason: e.lastError} AS row
                ORDER BY row.at DESC
                """, Map.of("authority", authority), MailProblem.class);
    }

    private static void mayRead(Authentication user, String dataset, String what) {
        if (!Permissions.mayEdit(user, dataset)) {
            throw new OtherAuthorityException("only editors of " + (dataset == null ? "its authority" : dataset)
                    + "'s network may read this about " + what);
        }
    }
}
