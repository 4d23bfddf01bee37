package org.trustmap.messages;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of messages, alerts and verification emails ({@code trustmap.messages.*}). Mail itself is
 * Spring Boot's {@code spring.mail.*}: with no {@code spring.mail.host}, all of this is switched off.
 *
 * @param from            the From address of every email
 * @param baseUrl         this trustmap's address as a reader sees it, for the links in emails
 * @param tokenSecret     the HMAC key that signs the links; unset: one is generated once and kept in the graph
 * @param confirmWithin   how long a confirmation link (a message, a subscription) works
 * @param answerWithin    how long a verification email's "Yes" and "No" work
 * @param senderPerDay    messages and subscriptions one email address may start in 24 hours
 * @param clientPerDay    the same per client (network) address
 * @param retention       how long a message, its emails and addresses are kept after delivery
 * @param sendInterval    how often the outbox is sent
 * @param maxAttempts     tries per email before it is given up and shown to editors
 * @param firstRetry      wait after the first failed try, doubling after each further one
 * @param maxRetry        the longest wait between tries
 * @param claimTimeout    an email taken for sending and not marked sent after this is left "uncertain"
 * @param verifyEvery     send every holder of a seat a verification email this often; unset: only by editors
 */
@ConfigurationProperties("trustmap.messages")
public record MessageSettings(@DefaultValue("trustmap@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl, String tokenSecret,
        @DefaultValue("48h") Duration confirmWithin, @DefaultValue("30d") Duration answerWithin,
        @DefaultValue("5") int senderPerDay, @DefaultValue("20") int clientPerDay,
        @DefaultValue("28d") Duration retention, @DefaultValue("30s") Duration sendInterval,
        @DefaultValue("10") int maxAttempts, @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("6h") Duration maxRetry, @DefaultValue("10m") Duration claimTimeout, Duration verifyEvery) {

    /** Wait before the next try, after this many tries. */
    Duration retryAfter(long attempts) {
        Duration wait = firstRetry;
        for (long i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    String link(String page, String token) {
        return baseUrl.replaceAll("/+$", "") + "/" + page + "?token=" + token;
    }
}
