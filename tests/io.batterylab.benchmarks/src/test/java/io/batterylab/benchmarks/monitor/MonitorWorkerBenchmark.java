package io.batterylab.benchmarks.monitor;

import io.batterylab.core.plugin.SensorSample;
import io.batterylab.device.mqtt.PayloadResult;
import io.batterylab.device.mqtt.SensorPayloadParser;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import io.batterylab.test.support.SharedData;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor's path for one sample without a broker, as the load benchmark's monitor runs it: the connector's
 * callback reads the payload, a worker hands batches to {@link MonitorService} (window, detectors, verdict, alarm,
 * the store's queue, the event). Per sample, on the calling thread: CPU and bytes allocated
 * ({@code com.sun.management.ThreadMXBean}), for the payload and for the worker; and the whole process's CPU (the
 * sample writer, H2's threads and libtorch's count there). Devices run the load benchmark's detectors (threshold,
 * forest, LSTM; models as {@link TrainedDetectors}), then the same without the LSTM. Measured once every device's
 * window is full (after a JIT warm-up round). Figures only, nothing asserted.
 *
 * <p>{@code -Dbenchmark.workerDevices=2000} {@code -Dbenchmark.workerBatch=256} (samples per worker batch)
 * {@code -Dbenchmark.lstmEpochs=3}.
 */
class MonitorWorkerBenchmark {
    private static final int WARM_UP_SAMPLES = 70;
    private static final int MEASURED_SAMPLES = 60;

    @TempDir
    Path dir;

    @Test
    void monitorWorker() throws Exception {
        System.out.println("[benchmark] monitor worker | detectors | payload CPU µs | payload bytes | worker CPU µs "
                + "| worker bytes | process CPU µs | (per sample)");
        int devices = Integer.getInteger("benchmark.workerDevices", 2000);
        int batch = Integer.getInteger("benchmark.workerBatch", 256);
        TrainedDetectors trained = TrainedDetectors.train(SharedData.file("thermal/csv"),
                Integer.getInteger("benchmark.lstmEpochs", 3));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Database database = Database.open(StorageConfig.embedded(dir))) {
            var pool = database.dataSource();
            long lab = new JdbcUserService(pool, new PasswordHasher(4)).register("lab",
                    "long enough password".toCharArray()).id();
            DeviceStore store = new DeviceStore(pool, Clock.systemUTC());
            List<List<String>> choices = List.of(trained.ids(), List.of("threshold", "forest"));
            for (int c = 0; c < choices.size(); c++) {
                for (int i = 0; i < devices; i++) {
                    store.claim(lab, id(c, i), "cell " + i, choices.get(c));
                }
            }
            try (MonitorService monitor = new MonitorService(new MonitorService.Stores(store, new SampleStore(pool),
                    new AlarmStore(pool)), new DetectorSelection(trained), MonitorSettings.DEFAULTS,
                    Clock.systemUTC(), event -> {
                    })) {
                SensorPayloadParser parser = new SensorPayloadParser(4096);
                for (int c = 0; c < choices.size(); c++) {
                    Cost warmUp = new Cost();
                    run(monitor, parser, threads, c, devices, batch, 0, WARM_UP_SAMPLES, warmUp);
                    Cost cost = new Cost();
                    ProcessUsage before = ProcessUsage.of(ProcessHandle.current().pid());
                    run(monitor, parser, threads, c, devices, batch, WARM_UP_SAMPLES, MEASURED_SAMPLES, cost);
                    monitor.flush();
                    ProcessUsage after = ProcessUsage.of(ProcessHandle.current().pid());
                    double samples = (double) devices * MEASURED_SAMPLES;
                    System.out.printf("[benchmark] monitor worker | %s | %.1f | %.0f | %.1f | %.0f | %.1f | "
                            + "(%d devices, batches of %d)%n", String.join(", ", choices.get(c)),
                            cost.parseNanos / samples / 1e3, cost.parseBytes / samples,
                            cost.workerNanos / samples / 1e3, cost.workerBytes / samples,
                            (after.cpuSeconds() - before.cpuSeconds()) * 1e6 / samples, devices, batch);
                }
            }
        }
    }

    private static String id(int choice, int device) {
        return "c" + choice + "-" + LoadGenerator.deviceId(device);
    }

    /** Samples {@code from} to {@code from + count} of every device at 2 Hz, in time order, in worker batches. */
    private static void run(MonitorService monitor, SensorPayloadParser parser,
            com.sun.management.ThreadMXBean threads, int choice, int devices, int batch, int from, int count,
            Cost cost) {
        String[] topics = new String[devices];
        for (int d = 0; d < devices; d++) {
            topics[d] = "btr/" + id(choice, d) + "/sensor";
        }
        List<SensorSample> samples = new ArrayList<>(batch);
        byte[][] payloads = new byte[batch][];
        int[] deviceOf = new int[batch];
        int total = devices * count;
        for (int start = 0; start < total; start += batch) {
            int size = Math.min(batch, total - start);
            for (int k = 0; k < size; k++) {
                int n = start + k;
                deviceOf[k] = n % devices;
                payloads[k] = LoadGenerator.payload(1_000_000L + (from + n / devices) * 500L);
            }
            long cpu0 = threads.getCurrentThreadCpuTime();
            long bytes0 = threads.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < size; k++) {
                samples.add(((PayloadResult.Accepted) parser.parse(topics[deviceOf[k]], payloads[k])).sample());
            }
            long cpu1 = threads.getCurrentThreadCpuTime();
            long bytes1 = threads.getCurrentThreadAllocatedBytes();
            monitor.onSamples(samples);
            cost.parseNanos += cpu1 - cpu0;
            cost.parseBytes += bytes1 - bytes0;
            cost.workerNanos += threads.getCurrentThreadCpuTime() - cpu1;
            cost.workerBytes += threads.getCurrentThreadAllocatedBytes() - bytes1;
            samples.clear();
        }
    }

    /** CPU nanoseconds and bytes allocated on the calling thread, by part. */
    private static final class Cost {
        long parseNanos;
        long parseBytes;
        long workerNanos;
        long workerBytes;
    }
}
