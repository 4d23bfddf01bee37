package org.trustmap.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the machine busy while trustmap starts and answers its first questions ({@code --busy=N}): N threads
 * that never wait, as other tenants of a shared host would be. Issue 19 asks that a first start on a busy
 * machine neither fails nor times out a first answer.
 */
final class BusyMachine implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private volatile long sink;

    /** Starts {@code count} spinning threads (none when 0). */
    BusyMachine(int count) {
        for (int i = 0; i < count; i++) {
            threads.add(Thread.ofPlatform().daemon().name("busy-" + i).start(this::spin));
        }
    }

    int threads() {
        return threads.size();
    }

    private void spin() {
        long x = 1;
        while (running.get()) {
            for (int i = 0; i < 1_000_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            // Written out, so the JIT cannot drop the loop as unused work.
            sink = x;
        }
    }

    @Override
    public void close() {
        running.set(false);
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
