package org.trustmap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("fast")
class GcLogTest {

    @Test
    void pausesOfG1AndSerialAreCountedAndOtherLinesAreNot() {
        GcLog.Pauses pauses = GcLog.parse("""
                [0.012s][info][gc] Using G1
                [5.100s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->9M(1024M) 4.567ms
                [6.200s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 120M->60M(1024M) 12.100ms
                [6.300s][info][gc] GC(2) Concurrent Mark Cycle
                [6.900s][info][gc] GC(2) Concurrent Mark Cycle 600.123ms
                [7.000s][info][gc] GC(3) Pause Young (Allocation Failure) 300M->40M(1024M) 1.333ms
                """);

        assertThat(pauses.count()).isEqualTo(3);
        assertThat(pauses.totalMillis()).isEqualTo(18.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(pauses.maxMillis()).isEqualTo(12.1);
    }

    @Test
    void onlyThePausesAfterTheMarkBelongToThePeriod(@TempDir Path dir) throws Exception {
        GcLog log = new GcLog(dir.resolve("server-gc.log"));
        assertThat(log.since(0).known()).isFalse();
        Files.writeString(log.file(), "[1.000s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->9M(1024M) 9.000ms\n");
        long mark = log.mark();
        Files.writeString(log.file(), "[2.000s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 51M->9M(1024M) 2.500ms\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(log.since(mark)).isEqualTo(new GcLog.Pauses(1, 2.5, 2.5));
        assertThat(log.jvmArguments()).singleElement().asString().startsWith("-Xlog:gc:file=");
    }
}
