package org.trustmap.messages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox is sent every {@code trustmap.messages.send-interval}; on the same beat, alerts for terms
 * ending soon are written and what is past its retention period is deleted. Tests call {@link #runOnce}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MessageSettings.class)
public class MessagesSchedule {

    private static final Logger log = LoggerFactory.getLogger(MessagesSchedule.class);

    private final Outbox outbox;
    private final Alerts alerts;
    private final Retention retention;
    private final MailSwitch mail;
    private final Verification verification;

    MessagesSchedule(Outbox outbox, Alerts alerts, Retention retention, MailSwitch mail, Verification verification) {
        this.verification = verification;
        this.outbox = outbox;
        this.alerts = alerts;
        this.retention = retention;
        this.mail = mail;
        if (!mail.on()) {
            log.info("No mail server configured (SPRING_MAIL_HOST): messages, alerts and verification emails are switched off");
        }
    }

    @Scheduled(fixedDelayString = "${trustmap.messages.send-interval:30s}",
            initialDelayString = "${trustmap.messages.send-interval:30s}")
    void scheduled() {
        try {
            runOnce();
        }
        catch (RuntimeException ex) {
            log.warn("The outbox could not be sent this time (it will be tried again): {}", ex.getMessage());
        }
    }

    /** One round: alerts for terms ending soon, scheduled verification emails, the outbox, retention. @return emails sent */
    public int runOnce() {
        if (!mail.on()) {
            return 0;
        }
        alerts.termsEnding();
        verification.sendScheduled();
        int sent = outbox.sendDue();
        retention.run();
        return sent;
    }
}
