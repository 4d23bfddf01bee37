package org.trustmap.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives one operation with concurrent clients: a warm-up, whose answers are thrown away, then a timed
 * run whose latencies go into an HdrHistogram. Each client sends its next request when the last one is
 * answered (a closed loop, as people at their screens), so throughput is what the application sustains
 * for that many clients. An operation whose every warm-up request failed is not measured: its result
 * says why.
 */
final class LoadRun {

    /** What one operation did while measured. Latencies in microseconds. */
    record Result(String operation, long requests, long errors, String firstError, double seconds, Histogram latency,
            double meanRoundTrips, long maxRoundTrips) {

        double throughput() {
            return (requests - errors) / seconds;
        }

        double percentileMillis(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        boolean reportsRoundTrips() {
            return maxRoundTrips >= 0;
        }
    }

    /** Counts kept by all clients together. */
    private static final class Tally {
        final Recorder latency = new Recorder(3);
        final LongAdder requests = new LongAdder();
        final LongAdder errors = new LongAdder();
        final AtomicReference<String> firstError = new AtomicReference<>();
        final LongAdder roundTrips = new LongAdder();
        final LongAdder reported = new LongAdder();
        final AtomicLong maxRoundTrips = new AtomicLong(-1);

        Result result(String operation, double seconds) {
            long count = reported.sum();
            return new Result(operation, requests.sum(), errors.sum(), firstError.get(), seconds,
                    latency.getIntervalHistogram(), count == 0 ? Double.NaN : roundTrips.sum() / (double) count,
                    maxRoundTrips.get());
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final GraphQlClient client;
    private final int clients;

    LoadRun(GraphQlClient client, int clients) {
        this.client = client;
        this.clients = clients;
    }

    Result run(Operation operation, Duration warmup, Duration measured) {
        // One request alone first: Neo4j plans a query on first sight, and sixteen clients asking at once on a
        // cold server would each wait for the planning of the same large query (seconds, on a busy machine).
        client.send(operation.document(), operation.variables(0), Duration.ofMinutes(2));
        Tally warm = new Tally();
        long warmStart = System.nanoTime();
        drive(operation, warmup, warm);
        if (warm.requests.sum() > 0 && warm.errors.sum() == warm.requests.sum()) {
            return warm.result(operation.name(), (System.nanoTime() - warmStart) / 1e9);
        }
        Tally tally = new Tally();
        long started = System.nanoTime();
        drive(operation, measured, tally);
        return tally.result(operation.name(), (System.nanoTime() - started) / 1e9);
    }

    private void drive(Operation operation, Duration time, Tally tally) {
        long end = System.nanoTime() + time.toNanos();
        AtomicLong sequence = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                while (System.nanoTime() < end) {
                    var variables = operation.variables(sequence.getAndIncrement());
                    long sent = System.nanoTime();
                    GraphQlClient.Reply reply = client.send(operation.document(), variables, TIMEOUT);
                    long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent);
                    tally.requests.increment();
                    if (reply.failed()) {
                        tally.errors.increment();
                        tally.firstError.compareAndSet(null, reply.error());
                    }
                    else {
                        tally.latency.recordValue(Math.max(1, micros));
                    }
                    if (reply.roundTrips() >= 0) {
                        tally.roundTrips.add(reply.roundTrips());
                        tally.reported.increment();
                        tally.maxRoundTrips.accumulateAndGet(reply.roundTrips(), Math::max);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
