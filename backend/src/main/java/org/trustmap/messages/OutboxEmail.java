package org.trustmap.messages;

import java.util.Map;

/**
 * One email to send.
 *
 * @param to        the recipient's address (kept in the graph only until the retention period ends)
 * @param replyTo   where replies go, or null
 * @param subject   the subject
 * @param text      the plain-text body
 * @param headers   extra headers (List-Unsubscribe)
 * @param kind      what it is, e.g. relay-delivery, alert, verification, correction-outcome
 * @param person    the person it goes to when it is one of a network's people (editors see its failures), else null
 * @param dataset   the authority whose editors see a failure, or null
 * @param about     the id of the node it is about (a relayed message, a subscription), or null
 */
public record OutboxEmail(String to, String replyTo, String subject, String text, Map<String, String> headers,
        String kind, String person, String dataset, String about) {

    public static OutboxEmail plain(String to, String subject, String text, String kind) {
        return new OutboxEmail(to, null, subject, text, Map.of(), kind, null, null, null);
    }
}
