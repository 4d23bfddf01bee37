package org.trustmap.messages;

import java.util.List;

/**
 * What became of a request to send something: accepted (and what happens next, in words), or the problems.
 *
 * @param accepted whether it was accepted
 * @param enabled  whether messages and alerts are switched on (a mail server is configured)
 * @param message  what happens next, or why nothing will
 * @param problems what stopped it, each naming its field
 */
public record MessageOutcome(boolean accepted, boolean enabled, String message, List<MessageProblem> problems) {

    static MessageOutcome switchedOff() {
        return new MessageOutcome(false, false, MailSwitch.OFF, List.of(new MessageProblem(null, MailSwitch.OFF)));
    }

    static MessageOutcome refused(List<MessageProblem> problems) {
        return new MessageOutcome(false, true, problems.getFirst().message(), problems);
    }

    static MessageOutcome done(String message) {
        return new MessageOutcome(true, true, message, List.of());
    }
}
