package org.trustmap.messages;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.trustmap.api.GraphWrites;

/**
 * The signed, expiring links of emails: {@code purpose.id.expiry} in base64url, then its HMAC-SHA256. The
 * payload is readable (the landing page shows what a link does) and holds no personal data; only the
 * signature is secret. The key is {@code trustmap.messages.token-secret}, or, unset, one generated at the
 * first start and kept in the graph (so every instance and every restart signs alike).
 */
@Component
public class LinkTokens {

    private static final Logger log = LoggerFactory.getLogger(LinkTokens.class);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    /** Expiry of links that never expire (an unsubscribe link works as long as the subscription exists). */
    static final long NEVER = 0;

    /** What a valid link says. */
    record Link(String purpose, String id) {
    }

    /** A link that is forged, damaged or expired: the message says which, for the reader. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final GraphWrites writes;
    private final MessageSettings settings;
    private volatile byte[] key;

    LinkTokens(GraphWrites writes, MessageSettings settings) {
        this.writes = writes;
        this.settings = settings;
    }

    String sign(String purpose, String id, Instant expires) {
        String payload = ENCODE.encodeToString((purpose + "|" + id + "|" + (expires == null ? NEVER
                : expires.getEpochSecond())).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(mac(payload));
    }

    /** @throws Refused when the link is not one trustmap signed for this purpose, or has expired */
    Link verify(String token, String... purposes) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            throw new Refused("This link is not complete: copy the whole link from the email.");
        }
        String payload = token.substring(0, dot);
        byte[] signature;
        String[] parts;
        try {
            signature = DECODE.decode(token.substring(dot + 1));
            parts = new String(DECODE.decode(payload), StandardCharsets.UTF_8).split("\\|", -1);
        }
        catch (IllegalArgumentException ex) {
            throw new Refused("This link is not complete: copy the whole link from the email.");
        }
        if (!MessageDigest.isEqual(signature, mac(payload)) || parts.length != 3) {
            throw new Refused("This link was not made by trustmap, or it has been changed: use the link from the email.");
        }
        if (!java.util.List.of(purposes).contains(parts[0])) {
            throw new Refused("This link is for something else.");
        }
        long expiry = Long.parseLong(parts[2]);
        if (expiry != NEVER && Instant.now().getEpochSecond() > expiry) {
            throw new Refused("This link has expired. Nothing was done; you can start again.");
        }
        return new Link(parts[0], parts[1]);
    }

    /** A keyed hash of a client's network address, so that limits can count it without keeping it. */
    String pseudonym(String text) {
        return HexFormat.of().formatHex(mac("client|" + text));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = settings.tokenSecret() != null && !settings.tokenSecret().isBlank()
                            ? settings.tokenSecret().getBytes(StandardCharsets.UTF_8) : storedKey();
                }
                k = key;
            }
        }
        return k;
    }

    /** The generated key: made once, in the graph, by whichever instance asks first. */
    private byte[] storedKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        var row = writes.write(null, tx -> tx.run("""
                MERGE (s:MessageSecret {id: 'link-tokens'})
                ON CREATE SET s.key = $key, s.createdAt = datetime(), s.created = true
                WITH s, coalesce(s.created, false) AS created REMOVE s.created
                RETURN s.key AS key, created
                """, Map.of("key", HexFormat.of().formatHex(fresh))).single());
        if (row.get("created").asBoolean()) {
            log.warn("trustmap.messages.token-secret (TRUSTMAP_TOKEN_SECRET) is not set: generated a key for the "
                    + "links in emails and kept it in the graph. Set the setting to choose your own.");
        }
        return HexFormat.of().parseHex(row.get("key").asString());
    }
}
