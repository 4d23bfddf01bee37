package org.trustmap.messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Whether mail is configured: Spring Boot makes a JavaMailSender only when {@code spring.mail.host} is set. */
@Component
public class MailSwitch {

    static final String OFF = "Messages and alerts are switched off: this trustmap has no mail server configured "
            + "(SPRING_MAIL_HOST), so it cannot send emails. Nothing you write here would reach anyone.";

    static final String OFF_SHORT = "Emails are switched off (this trustmap has no mail server configured, SPRING_MAIL_HOST)";

    private final ObjectProvider<JavaMailSender> sender;

    MailSwitch(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    public boolean on() {
        return sender.getIfAvailable() != null;
    }

    JavaMailSender sender() {
        return sender.getObject();
    }
}
