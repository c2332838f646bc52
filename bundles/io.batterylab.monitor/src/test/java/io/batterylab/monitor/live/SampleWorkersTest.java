package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorEvent;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.SampleBatcher;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.MonitorDatabases;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several workers share the devices: each device's samples stay on one worker and in order, and what the monitor
 * makes of them (verdicts, risks, gaps, corrections, alarms, stored samples) is the same as with one worker.
 */
class SampleWorkersTest {
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final int DEVICES = 120;
    private static final int SAMPLES = 150;

    @TempDir
    Path home;

    /** What the monitor did with the samples of each device, in the order it did it, and on which threads. */
    private record Run(Map<String, List<String>> byDevice, Map<String, Set<String>> threads, Map<String, Integer> stored) {
    }

    @Test
    void givenManyDevices_whenThreeWorkersAssess_thenEachDeviceStaysOnOneWorkerInOrderWithTheVerdictsOfOneWorker() {
        Run one = run(home.resolve("one"), 1);
        Run three = run(home.resolve("three"), 3);

        assertEquals(one.byDevice(), three.byDevice());
        assertEquals(one.stored(), three.stored());
        for (int d = 0; d < DEVICES; d++) {
            int device = d;
            List<Long> sent = IntStream.range(0, SAMPLES).filter(i -> !missed(device, i)).mapToObj(i -> time(i))
                    .toList();
            List<Long> handled = three.byDevice().get(device(d)).stream().filter(e -> e.startsWith("sample"))
                    .map(e -> Long.parseLong(e.split(" ")[1])).toList();
            assertEquals(sent, handled, device(d) + ": all, in order");
            assertEquals(sent.size(), one.stored().get(device(d)), device(d) + " stored");
            assertEquals(1, three.threads().get(device(d)).size(), device(d) + " on one worker");
        }
        Set<String> workers = three.threads().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertEquals(3, workers.size(), "all three workers had devices: " + workers);
        List<String> all = one.byDevice().values().stream().flatMap(List::stream).toList();
        assertTrue(all.stream().anyMatch(e -> e.startsWith("alarm")), "an alarm was raised");
        assertTrue(all.stream().anyMatch(e -> e.startsWith("correction")), "a correction was sent");
        assertTrue(all.stream().anyMatch(e -> e.contains(" DANGER ")), "a DANGER verdict");
    }

    private static Run run(Path dir, int workers) {
        Map<String, List<String>> byDevice = new ConcurrentHashMap<>();
        Map<String, Set<String>> threads = new ConcurrentHashMap<>();
        try (Database database = Database.open(MonitorDatabases.h2(dir))) {
            long lab = MonitorDatabases.user(database, "lab");
            var pool = database.dataSource();
            Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
            Map<String, Integer> stored = new TreeMap<>();
            try (MonitorService monitor = new MonitorService(new MonitorService.Stores(new DeviceStore(pool, clock),
                    new SampleStore(pool), new AlarmStore(pool)), new DetectorSelection(new InstalledDetectors()),
                    MonitorSettings.DEFAULTS, clock, event -> {
                        String device = deviceOf(event);
                        byDevice.computeIfAbsent(device, d -> new ArrayList<>()).add(describe(event));
                        threads.computeIfAbsent(device, d -> ConcurrentHashMap.newKeySet())
                                .add(Thread.currentThread().getName());
                    })) {
                monitor.sendThrough((device, status) -> { });
                for (int d = 0; d < DEVICES; d++) {
                    monitor.claim(lab, device(d), "cell " + d);
                }
                try (SampleBatcher batcher = new SampleBatcher(monitor, new SampleBatcher.Settings(32, 100_000,
                        workers))) {
                    for (int i = 0; i < SAMPLES; i++) {
                        for (int d = 0; d < DEVICES; d++) {
                            if (!missed(d, i)) {
                                batcher.onSample(sample(d, i));
                            }
                        }
                    }
                }
                monitor.flush();
                for (int d = 0; d < DEVICES; d++) {
                    long pk = monitor.stores().devices().find(lab, device(d)).orElseThrow().id();
                    stored.put(device(d), monitor.stores().samples().series(pk, device(d), T0, T0, 1).stream()
                            .mapToInt(s -> s.count()).sum());
                }
            }
            return new Run(Map.copyOf(byDevice), Map.copyOf(threads), stored);
        }
    }

    private static String deviceOf(MonitorEvent event) {
        return switch (event) {
            case MonitorEvent.SampleReceived s -> s.sample().deviceId();
            case MonitorEvent.AlarmChanged a -> a.alarm().deviceId();
            case MonitorEvent.CorrectionSent c -> c.correction().deviceId();
        };
    }

    private static String describe(MonitorEvent event) {
        return switch (event) {
            case MonitorEvent.SampleReceived s -> "sample " + s.sample().deviceTimeMs() + " " + s.sample().modelStatus()
                    + " " + s.sample().modelRisk() + " " + s.sample().gapBefore();
            case MonitorEvent.AlarmChanged a -> "alarm " + a.alarm().state() + " " + a.alarm().severity() + " "
                    + a.alarm().risk();
            case MonitorEvent.CorrectionSent c -> "correction " + c.correction().command();
        };
    }

    private static String device(int d) {
        return "cell-" + d;
    }

    private static long time(int i) {
        return 1_000_000L + i * 500L;
    }

    /**
     * Every third device heats up from its 70th sample on (the threshold and the rate of rise alarm; its own status
     * stays NORMAL, so the monitor corrects it); every tenth misses its 40th to 44th samples (a gap).
     */
    private static boolean missed(int d, int i) {
        return d % 10 == 0 && i >= 40 && i < 45;
    }

    private static SensorSample sample(int d, int i) {
        double internal = d % 3 == 0 && i >= 70 ? 25 + (i - 70) * 2.5 : 25 + (d % 7) * 0.1;
        return new SensorSample(device(d), time(i), Map.of(Channels.TEMP_INTERNAL, internal, Channels.TEMP_AMBIENT,
                25.0), Map.of(), DeviceStatus.NORMAL);
    }
}
