package org.trustmap.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives one operation with concurrent clients: a warm-up, whose answers are thrown away, then a timed
 * run whose latencies go into an HdrHistogram. By default each client sends its next request when the last
 * one is answered (a closed loop), so throughput is what the application sustains for that many clients,
 * and latency is then clients / throughput by Little's law. With a rate, requests are due at a fixed pace
 * whatever the answers do (an open loop, as many independent people) and each latency counts from when its
 * request was due, so a stall is not hidden by the clients waiting on it (coordinated omission). An
 * operation whose every warm-up request failed is not measured: its result says why.
 */
final class LoadRun {

    /** What one operation did while measured. Latencies in microseconds. */
    record Result(String operation, long requests, long errors, String firstError, double seconds, Histogram latency,
            double meanRoundTrips, long maxRoundTrips, Duration serverCpu, GcLog.Pauses gc) {

        Result(String operation, long requests, long errors, String firstError, double seconds, Histogram latency,
                double meanRoundTrips, long maxRoundTrips, Duration serverCpu) {
            this(operation, requests, errors, firstError, seconds, latency, meanRoundTrips, maxRoundTrips, serverCpu,
                    GcLog.Pauses.UNKNOWN);
        }

        /** The server process's processor time (application and embedded database) per request, or NaN. */
        double cpuMillisPerRequest() {
            return serverCpu == null || requests == 0 ? Double.NaN : serverCpu.toNanos() / 1e6 / requests;
        }

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

        Result result(String operation, double seconds, Duration serverCpu, GcLog.Pauses gc) {
            long count = reported.sum();
            return new Result(operation, requests.sum(), errors.sum(), firstError.get(), seconds,
                    latency.getIntervalHistogram(), count == 0 ? Double.NaN : roundTrips.sum() / (double) count,
                    maxRoundTrips.get(), serverCpu, gc);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final GraphQlClient client;
    private final int clients;
    private final double rate;
    private final ProcessHandle server;
    private final GcLog gcLog;

    /** @param rate requests per second from all clients together, or 0 for a closed loop */
    LoadRun(GraphQlClient client, int clients, double rate) {
        this(client, clients, rate, null, null);
    }

    /**
     * @param server the server's process, whose processor time is counted per request; null when not known
     * @param gcLog  the server's GC log, whose pauses are counted per operation; null when not known
     */
    LoadRun(GraphQlClient client, int clients, double rate, ProcessHandle server, GcLog gcLog) {
        this.gcLog = gcLog;
        this.client = client;
        this.clients = clients;
        this.rate = rate;
        this.server = server;
    }

    /** Runs the operation for a while and forgets the answers: for the JIT and the caches. */
    void warm(Operation operation, Duration time) {
        warmUp(operation, time);
    }

    Result run(Operation operation, Duration warmup, Duration measured) {
        long warmStart = System.nanoTime();
        Tally warm = warmUp(operation, warmup);
        if (warm.requests.sum() > 0 && warm.errors.sum() == warm.requests.sum()) {
            return warm.result(operation.name(), (System.nanoTime() - warmStart) / 1e9, null, GcLog.Pauses.UNKNOWN);
        }
        Tally tally = new Tally();
        long started = System.nanoTime();
        Duration cpuBefore = serverCpu();
        long gcMark = gcLog == null ? 0 : gcLog.mark();
        drive(operation, measured, tally);
        Duration cpuAfter = serverCpu();
        return tally.result(operation.name(), (System.nanoTime() - started) / 1e9,
                cpuBefore == null || cpuAfter == null ? null : cpuAfter.minus(cpuBefore),
                gcLog == null ? GcLog.Pauses.UNKNOWN : gcLog.since(gcMark));
    }

    /** User and system time of the server process so far (Linux: from /proc/PID/stat), or null. */
    private Duration serverCpu() {
        return server == null ? null : server.info().totalCpuDuration().orElse(null);
    }

    /** Sends one request and returns how long its answer took, or NaN when it failed. */
    /** One request alone: how long its answer took, or why it failed. */
    Timed once(Operation operation, int variables) {
        long started = System.nanoTime();
        GraphQlClient.Reply reply = client.send(operation.document(), operation.variables(variables), Duration.ofMinutes(2));
        return new Timed((System.nanoTime() - started) / 1e6, reply.error());
    }

    /** @param error null when it answered */
    record Timed(double millis, String error) {
    }

    private Tally warmUp(Operation operation, Duration time) {
        // One request alone first: Neo4j plans a query on first sight, and sixteen clients asking at once on a
        // cold server would each wait for the planning of the same large query (seconds, on a busy machine).
        client.send(operation.document(), operation.variables(0), Duration.ofMinutes(2));
        Tally tally = new Tally();
        drive(operation, time, tally);
        return tally;
    }

    private void drive(Operation operation, Duration time, Tally tally) {
        long start = System.nanoTime();
        long end = start + time.toNanos();
        double interval = rate > 0 ? 1e9 / rate : 0;
        AtomicLong sequence = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                while (true) {
                    long n = sequence.getAndIncrement();
                    long due = rate > 0 ? start + (long) (n * interval) : System.nanoTime();
                    if (due >= end) {
                        break;
                    }
                    while (System.nanoTime() < due) {
                        LockSupport.parkNanos(due - System.nanoTime());
                    }
                    var variables = operation.variables(n);
                    GraphQlClient.Reply reply = client.send(operation.document(), variables, TIMEOUT);
                    long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due);
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
