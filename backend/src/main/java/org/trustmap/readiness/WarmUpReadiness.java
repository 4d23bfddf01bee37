package org.trustmap.readiness;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Part of readiness (application.properties): OUT_OF_SERVICE until the {@link WarmUp} has asked every headline
 * question once, UP after. Liveness is not concerned, so nothing restarts a process that is warming up. The
 * warm-up runs on a thread of its own once the application has started, so that start-up is not held up by
 * it; {@code trustmap.warm-up.enabled=false} leaves it out (readiness then follows the database alone), and so
 * does an application without a web server (the command-line tasks: nobody visits them).
 */
@Component("warmUpHealthIndicator")
class WarmUpReadiness implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(WarmUpReadiness.class);

    private final boolean enabled;
    private final Duration timeout;
    private final int threads;
    private volatile WarmUp.Outcome outcome;
    private volatile boolean started;
    private volatile boolean served = true;

    WarmUpReadiness(@Value("${trustmap.warm-up.enabled:true}") boolean enabled,
            @Value("${trustmap.api.query-timeout:10s}") Duration timeout,
            @Value("${trustmap.warm-up.threads:1}") int threads) {
        this.threads = threads;
        this.enabled = enabled;
        // A question on a machine starting several things at once may take longer than a visitor would wait.
        this.timeout = timeout.multipliedBy(6);
    }

    @EventListener
    void start(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            served = false;
            return;
        }
        if (!enabled || started) {
            return;
        }
        int port = web.getWebServer().getPort();
        started = true;
        Thread.ofPlatform().name("trustmap-warm-up").daemon().start(() -> {
            log.info("Warming up: asking every headline question once; readiness stays OUT_OF_SERVICE until done");
            WarmUp.Outcome done;
            try {
                done = new WarmUp(port, timeout, threads).run();
            }
            catch (RuntimeException ex) {
                log.warn("The warm-up stopped early ({}); readiness is UP without it", ex.toString());
                done = new WarmUp.Outcome(java.util.Map.of(), java.util.List.of("all: " + ex), Duration.ZERO);
            }
            outcome = done;
            log.info("Warm-up done: {} questions in {} ms ({} at once){}; readiness is UP", done.asked().size(),
                    done.took().toMillis(), threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), done.skipped().isEmpty() ? "" : ", skipped " + done.skipped());
        });
    }

    /** The finished warm-up, or null while it runs (or when it is switched off). */
    WarmUp.Outcome outcome() {
        return outcome;
    }

    @Override
    public Health health() {
        if (!enabled) {
            return Health.up().withDetail("warmUp", "off (trustmap.warm-up.enabled)").build();
        }
        if (!served) {
            return Health.up().withDetail("warmUp", "off (no web server)").build();
        }
        WarmUp.Outcome done = outcome;
        if (done == null) {
            return Health.outOfService().withDetail("warmUp", "asking every headline question once").build();
        }
        return Health.up().withDetail("questions", done.asked().size()).withDetail("tookMs", done.took().toMillis())
                .build();
    }
}
