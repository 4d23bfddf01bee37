package org.trustmap.messages;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-click unsubscribe of RFC 8058: a mail client that offers "Unsubscribe" POSTs to the address of the
 * {@code List-Unsubscribe} header, with no session and nothing to confirm.
 */
@RestController
class UnsubscribeEndpoint {

    private final LinkTokens tokens;
    private final Alerts alerts;

    UnsubscribeEndpoint(LinkTokens tokens, Alerts alerts) {
        this.tokens = tokens;
        this.alerts = alerts;
    }

    @PostMapping(path = "/api/messages/unsubscribe", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> unsubscribe(@RequestParam String token) {
        try {
            return ResponseEntity.ok(alerts.unsubscribe(tokens.verify(token, "unsubscribe").id(), null).message());
        }
        catch (LinkTokens.Refused refused) {
            return ResponseEntity.badRequest().body(refused.getMessage());
        }
    }
}
