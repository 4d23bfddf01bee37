package org.trustmap.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers a client that must wait (429) only once its wait is over, or after a few seconds at most: a
 * client that ignores Retry-After and asks again at once is then slowed to one request per wait on each
 * connection, instead of costing the server a refusal as fast as it can send. A held answer keeps no
 * request thread (the request is put into asynchronous mode and one timer thread answers it later), and
 * their number is bounded, in all and per address: past either bound a refusal is answered at once.
 */
@Component
public class Tarpit implements DisposableBean {

    private final Duration maxHold;
    private final int perAddress;
    private final Semaphore capacity;
    private final ConcurrentHashMap<String, Integer> heldByAddress = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("tarpit").daemon().factory());

    /**
     * @param maxHold    the longest an answer is held (zero: answer at once)
     * @param capacity   answers held at once, in all
     * @param perAddress answers held at once for one address
     */
    public Tarpit(@Value("${trustmap.rate-limit.max-hold:3s}") Duration maxHold,
            @Value("${trustmap.rate-limit.max-held:1000}") int capacity,
            @Value("${trustmap.rate-limit.max-held-per-address:20}") int perAddress) {
        this.maxHold = maxHold;
        this.perAddress = perAddress;
        this.capacity = new Semaphore(capacity);
    }

    /** Answers at once, always (for tests of what the answer says). */
    public static Tarpit none() {
        return new Tarpit(Duration.ZERO, 0, 0);
    }

    /**
     * Answers {@code status} with a Retry-After of {@code seconds} and the JSON {@code body}, held for those
     * seconds (at most the longest hold) when that is possible.
     */
    public void refuse(HttpServletRequest request, HttpServletResponse response, int status, long seconds, String body)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("application/json");
        long holdMillis = Math.min(maxHold.toMillis(), TimeUnit.SECONDS.toMillis(seconds));
        String address = request.getRemoteAddr();
        if (holdMillis <= 0 || !request.isAsyncSupported() || !hold(address)) {
            response.getWriter().write(body);
            return;
        }
        AsyncContext held;
        try {
            held = request.startAsync(request, response);
        }
        catch (IllegalStateException notPossible) {
            release(address);
            response.getWriter().write(body);
            return;
        }
        held.setTimeout(holdMillis + TimeUnit.SECONDS.toMillis(30));
        timer.schedule(() -> answer(held, body, address), holdMillis, TimeUnit.MILLISECONDS);
    }

    /** Answers held now. */
    public int held() {
        return heldByAddress.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void answer(AsyncContext held, String body, String address) {
        try {
            held.getResponse().getWriter().write(body);
            held.complete();
        }
        catch (IOException | IllegalStateException gone) {
            // The client went away, or the container ended the request (timeout): nothing left to answer.
        }
        finally {
            release(address);
        }
    }

    private boolean hold(String address) {
        if (!capacity.tryAcquire()) {
            return false;
        }
        boolean[] taken = {false};
        heldByAddress.compute(address, (k, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < perAddress;
            return taken[0] ? Integer.valueOf(now + 1) : count;
        });
        if (!taken[0]) {
            capacity.release();
        }
        return taken[0];
    }

    private void release(String address) {
        heldByAddress.computeIfPresent(address, (k, count) -> count <= 1 ? null : count - 1);
        capacity.release();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
