package io.batterylab.benchmarks.monitor;

import io.batterylab.test.support.Mosquitto;
import io.batterylab.test.support.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's load benchmark: N simulated nodes at 2 Hz ({@link LoadGenerator}, this JVM) into a real Mosquitto, one
 * monitor process ({@link MonitorLoadMain}) with the threshold, forest and LSTM detectors on the embedded store. For
 * each N: the nodes publish for a warm-up long enough to fill every device's 60-sample window (so all three
 * detectors assess every sample while measured), then for the measured interval. Printed per N: offered and
 * processed msg/s, whether the backlog grew, p50/p99/max sample→verdict latency, the monitor's CPU and RSS, samples
 * written/s, the generator's and the broker's CPU, the load average; and the latency of the same messages to a bare
 * subscriber ({@link TransportProbe}): what the generator, the broker and the machine cost before the monitor sees a
 * sample. Figures only, nothing asserted.
 *
 * <p>{@code -Dbenchmark.monitorNodes=500,1000,2000,5000,10000,10000} {@code -Dbenchmark.monitorWarmup=35}
 * {@code -Dbenchmark.monitorSeconds=15} {@code -Dbenchmark.lstmEpochs=3} {@code -Dbenchmark.monitorJfr=/tmp/m.jfr}
 * {@code -Dbenchmark.monitorJvm="-XX:+UseZGC -Xlog:gc:file=/tmp/gc.txt"} (options of the monitor's JVM)
 * {@code -Dbenchmark.monitorWorkers=2} {@code -Dbenchmark.lstmHop=2} (the monitor's {@code monitor.workers} and
 * {@code monitor.hop.lstm}; default as the product's) {@code -Dbenchmark.monitorConnections=1} (MQTT connections of
 * the monitor, in one shared-subscription group when more than one).
 */
class MonitorLoadBenchmark {
    private static final String HEADER = "| N nodes | offered msg/s | processed msg/s | backlog | p50 ms | p99 ms | max ms "
            + "| transport alone p50/p99 ms | monitor CPU % | monitor RSS MB | DB rows/s | generator CPU % "
            + "| broker CPU % | load |";
    /** The transport probe subscribes to every 50th node: 2 % of the load, 40 msg/s at 1,000 nodes. */
    private static final int PROBE_STRIDE = 50;

    @TempDir
    Path dir;

    @Test
    void monitorLoad() throws Exception {
        int[] steps = Arrays.stream(System.getProperty("benchmark.monitorNodes", "500,1000,2000,5000,10000,10000")
                .split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int warmup = Integer.getInteger("benchmark.monitorWarmup", 35);
        int seconds = Integer.getInteger("benchmark.monitorSeconds", 15);
        int lstmEpochs = Integer.getInteger("benchmark.lstmEpochs", 3);
        Path recordings = SharedData.file("thermal/csv");
        List<String> rows = new ArrayList<>();
        int maxNodes = Arrays.stream(steps).max().orElseThrow();
        try (Mosquitto broker = Mosquitto.start(dir);
                MonitorProcessHandle monitor = MonitorProcessHandle.start(dir, broker.uri(), maxNodes, recordings,
                        lstmEpochs, "2g");
                LoadGenerator generator = new LoadGenerator(broker.uri());
                TransportProbe probe = TransportProbe.start(broker.port(), maxNodes, PROBE_STRIDE)) {
            System.out.println("[benchmark] monitor load: " + monitor.awaitReady());
            long brokerPid = ProcessHandle.current().children().filter(p -> p.info().command().orElse("")
                    .contains("mosquitto")).findFirst().orElseThrow().pid();
            long self = ProcessHandle.current().pid();
            for (int nodes : steps) {
                Map<String, Long> atStart = monitor.ask("report");
                generator.start(nodes);
                Thread.sleep(warmup * 1_000L);
                Map<String, Long> before = monitor.ask("mark");
                probe.mark();
                long publishedBefore = generator.published();
                ProcessUsage m0 = ProcessUsage.of(monitor.pid());
                ProcessUsage g0 = ProcessUsage.of(self);
                ProcessUsage b0 = ProcessUsage.of(brokerPid);
                long t0 = System.nanoTime();
                Thread.sleep(seconds * 1_000L);
                Map<String, Long> after = monitor.ask("report");
                long publishedAfter = generator.published();
                double s = (System.nanoTime() - t0) / 1e9;
                ProcessUsage m1 = ProcessUsage.of(monitor.pid());
                ProcessUsage g1 = ProcessUsage.of(self);
                ProcessUsage b1 = ProcessUsage.of(brokerPid);
                long behindBefore = publishedBefore - before.get("processed");
                long behindAfter = publishedAfter - after.get("processed");
                long offered = publishedAfter - publishedBefore;
                String backlog = behindAfter - behindBefore > offered / 50 ? "grows (+" + (behindAfter - behindBefore)
                        + ")" : "steady (" + behindAfter + " behind)";
                String row = String.format("| %d | %.0f | %.0f | %s | %d | %d | %d | %s | %.0f | %d | %.0f | %.0f | %.0f "
                        + "| %s |", nodes, offered / s, (after.get("processed") - before.get("processed")) / s, backlog,
                        after.get("p50"), after.get("p99"), after.get("max"), probe.percentiles(),
                        ProcessUsage.percent(m0, m1, s),
                        m1.rssMb(), (after.get("written") - before.get("written")) / s,
                        ProcessUsage.percent(g0, g1, s), ProcessUsage.percent(b0, b1, s),
                        ProcessUsage.loadAverage());
                rows.add(row);
                System.out.println("[benchmark] monitor load " + row + " verdicts " + (after.get("verdicts")
                        - before.get("verdicts")) + " of " + (after.get("processed") - before.get("processed"))
                        + ", alarm changes " + (after.get("alarms") - before.get("alarms")) + ", corrections "
                        + (after.get("corrections") - before.get("corrections")) + ", publish failures "
                        + generator.failed());
                System.out.println("[benchmark] monitor load, " + nodes + " nodes, stages p50/p99 ms: publish→callback "
                        + after.get("cb50") + "/" + after.get("cb99") + ", queue " + after.get("q50") + "/"
                        + after.get("q99") + ", batch taken→verdict " + after.get("as50") + "/" + after.get("as99"));
                generator.stop();
                drain(monitor);
                // the models decide within the warm-up (a window is full after 30 s): count the whole step too
                Map<String, Long> atEnd = monitor.ask("report");
                System.out.println("[benchmark] monitor load, " + nodes + " nodes, whole step with warm-up and drain: "
                        + (atEnd.get("corrections") - atStart.get("corrections")) + " corrections, "
                        + (atEnd.get("alarms") - atStart.get("alarms")) + " alarm changes, "
                        + (atEnd.get("verdicts") - atStart.get("verdicts")) + " verdicts of "
                        + (atEnd.get("processed") - atStart.get("processed")) + " samples");
            }
        }
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        List<String> table = new ArrayList<>(List.of(HEADER, HEADER.replaceAll("[^|]", "-").replace("|-", "|-")));
        table.addAll(rows);
        Files.write(out.resolve("monitor-load.md"), table);
        System.out.println("[benchmark] monitor load\n" + String.join("\n", table));
    }

    /** Lets the monitor catch up (until it processes nothing more for 2 s, at most 60 s), then pauses. */
    private static void drain(MonitorProcessHandle monitor) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long last = -1;
        long processed = monitor.ask("report").get("processed");
        while (processed != last && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            last = processed;
            processed = monitor.ask("report").get("processed");
        }
        Thread.sleep(3_000); // a pause longer than the gap limit: the next step's windows start afresh
    }
}
