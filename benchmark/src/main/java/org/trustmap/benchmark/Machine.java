package org.trustmap.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** The machine a run is on, in one line, and how busy it is: the clients share it with the server. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = firstLine(Path.of("/proc/cpuinfo"), "model name").replaceAll(".*:\\s*", "");
        String memory = firstLine(Path.of("/proc/meminfo"), "MemTotal").replaceAll("\\D+", "");
        return String.format(Locale.ROOT, "%s, %d cores%s%s, Java %s, %s; load average %.2f at start", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), cpu.isEmpty() ? "" : " (" + cpu + ")",
                memory.isEmpty() ? "" : String.format(Locale.ROOT, ", %.0f GiB", Long.parseLong(memory) / 1048576.0),
                Runtime.version(), System.getProperty("os.name"), loadAverage());
    }

    /** The one-minute load average, or NaN where the system does not say. */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String firstLine(Path file, String prefix) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse("");
        }
        catch (IOException | RuntimeException ex) {
            return "";
        }
    }
}
