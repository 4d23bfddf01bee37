package org.trustmap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ReportTest {

    @Test
    void theServersProcessorTimeIsGivenPerRequestBesideThroughputAndLatency() {
        Histogram latency = new Histogram(3);
        latency.recordValue(4_000);
        Report report = new Report(Options.parse(new String[] { "county" }));
        report.add(new LoadRun.Result("search", 1_000, 0, null, 2.0, latency, 1.0, 1, Duration.ofMillis(2_500)));
        report.add(new LoadRun.Result("browse", 10, 0, null, 2.0, latency, 1.0, 1, null));

        String text = report.text();

        assertThat(text).contains("| req/s | server cpu ms/req |").contains("| search | 1000 | 0 | 500 | 2.50 | 4.0 |")
                .contains("| browse | 10 | 0 | 5 | - | 4.0 |");
    }

    @Test
    void eachRowSaysItsGcPausesAndTheTailIsCheckedAgainstThreeTimesTheMedian() {
        Histogram even = new Histogram(3);
        even.recordValue(4_000);
        Histogram tailed = new Histogram(3);
        for (int i = 0; i < 98; i++) {
            tailed.recordValue(4_000);
        }
        tailed.recordValue(40_000);
        tailed.recordValue(40_000);
        Report report = new Report(Options.parse(new String[] { "county" }));
        report.add(new LoadRun.Result("search", 1_000, 0, null, 2.0, even, 1.0, 1, Duration.ofMillis(2_500),
                new GcLog.Pauses(3, 18.0, 12.1)));
        report.add(new LoadRun.Result("browse", 100, 0, null, 2.0, tailed, 1.0, 1, null));

        String text = report.text();

        assertThat(text).contains("| p99 / p50 | GC pauses (n, total, max ms) |")
                .contains("| 1.0 | 3, 18, 12.1 |").contains("| not known |")
                .contains("MET search p99 <= 3.0 x p50").contains("NOT MET browse p99 <= 3.0 x p50");
    }

    @Test
    void theColdStartSectionListsEachLine() {
        Report report = new Report(Options.parse(new String[] { "county" }));
        report.coldStart(List.of("bundled networks, first start, empty data folder: ready in 21.0 s",
                "first answer after readiness, search: 12 ms"));

        assertThat(report.text()).contains("Cold start (launch of the jar until /actuator/health/readiness says UP")
                .contains("- bundled networks, first start, empty data folder: ready in 21.0 s")
                .contains("- first answer after readiness, search: 12 ms");
    }
}
