package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorEvent;
import io.batterylab.monitor.MonitorService;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connector's thread only queues; one worker hands the samples to the monitor in batches, in arrival order. */
class SampleBatcherTest {
    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    @TempDir
    Path home;

    @Test
    void givenSamplesArrivingFast_whenBatched_thenAllAreHandledInOrderInFewerBatchesAndLateOnesAreCountedAsDropped() {
        try (Database database = Database.open(MonitorDatabases.h2(home))) {
            long alice = MonitorDatabases.user(database, "alice");
            var pool = database.dataSource();
            Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
            List<Long> handled = new CopyOnWriteArrayList<>();
            try (MonitorService monitor = new MonitorService(new MonitorService.Stores(new DeviceStore(pool, clock),
                    new SampleStore(pool), new AlarmStore(pool)), new DetectorSelection(new InstalledDetectors()),
                    MonitorService.Settings.DEFAULTS, clock, event -> {
                        if (event instanceof MonitorEvent.SampleReceived received) {
                            handled.add(received.sample().deviceTimeMs());
                        }
                    })) {
                monitor.claim(alice, "n1", "cell 1");
                SampleBatcher batcher = new SampleBatcher(monitor, new SampleBatcher.Settings(64, 20, 10_000));
                for (int i = 0; i < 300; i++) {
                    batcher.onSample(sample("n1", i));
                    batcher.onSample(sample("nobody", i));
                }
                batcher.close();
                batcher.onSample(sample("n1", 300));
                monitor.flush();

                assertEquals(Map.of("nobody", 300L), monitor.unclaimedSamples());
                long pk = monitor.stores().devices().find(alice, "n1").orElseThrow().id();
                assertEquals(300, monitor.stores().samples().series(pk, "n1", T0, T0, 100).getFirst().count());
                assertEquals(LongStream.range(0, 300).map(i -> 1_000_000L + i * 500L).boxed().toList(), handled);
                assertTrue(batcher.batches() < 600 && batcher.batches() > 0, batcher.batches() + " batches");
                assertEquals(1, batcher.dropped(), "the sample after close");
                assertEquals(0, batcher.queued());
            }
        }
    }

    @Test
    void givenNoRoom_whenSettingsMade_thenRefusedNamingTheLimits() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SampleBatcher.Settings(0, 5, 10))
                .getMessage().contains("maxBatch"));
    }

    private static SensorSample sample(String device, int i) {
        return new SensorSample(device, 1_000_000L + i * 500L, Map.of(Channels.TEMP_INTERNAL, 25.0,
                Channels.TEMP_AMBIENT, 25.0), Map.of(), DeviceStatus.NORMAL);
    }
}
