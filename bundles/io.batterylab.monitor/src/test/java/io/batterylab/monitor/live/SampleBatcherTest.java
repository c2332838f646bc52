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
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.SampleBatcher;
import io.batterylab.monitor.StoredSample;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector's thread only queues; a worker hands the samples to the monitor in batches, in arrival order: what is
 * queued when the worker is free, waiting for none.
 */
class SampleBatcherTest {
    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    @TempDir
    Path home;

    @Test
    void givenSamplesArrivingFast_whenBatched_thenAllAreHandledInOrderInFewerBatchesAndLateOnesAreCountedAsDropped() {
        try (Database database = Database.open(MonitorDatabases.h2(home))) {
            long alice = MonitorDatabases.user(database, "alice");
            List<Long> handled = new CopyOnWriteArrayList<>();
            try (MonitorService monitor = monitor(database, received -> handled.add(received.deviceTimeMs()))) {
                monitor.claim(alice, "n1", "cell 1");
                SampleBatcher batcher = new SampleBatcher(monitor, new SampleBatcher.Settings(64, 10_000, 1));
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
    void givenTheWorkerBusy_whenSamplesQueueMeanwhile_thenTheNextBatchesTakeThemAtOnceAndALoneSampleWaitsForNone_andTheObserverSeesEachBatch()
            throws InterruptedException {
        try (Database database = Database.open(MonitorDatabases.h2(home))) {
            long alice = MonitorDatabases.user(database, "alice");
            List<Long> handled = new CopyOnWriteArrayList<>();
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            List<Integer> observed = new CopyOnWriteArrayList<>();
            try (MonitorService monitor = monitor(database, received -> {
                handled.add(received.deviceTimeMs());
                if (handled.size() == 1) {
                    busy.countDown();
                    await(release);
                }
            })) {
                monitor.claim(alice, "n1", "cell 1");
                try (SampleBatcher batcher = new SampleBatcher(monitor, new SampleBatcher.Settings(64, 10_000, 1),
                        batch -> observed.add(batch.size()))) {
                    batcher.onSample(sample("n1", 0));
                    assertTrue(busy.await(10, TimeUnit.SECONDS), "the first sample reached the monitor");
                    for (int i = 1; i <= 100; i++) {
                        batcher.onSample(sample("n1", i));
                    }
                    assertEquals(100, batcher.queued());
                    release.countDown();
                    waitFor(() -> handled.size() == 101);
                    assertEquals(3, batcher.batches(), "1 alone, then the 100 queued meanwhile as 64 + 36");

                    batcher.onSample(sample("n1", 101));
                    waitFor(() -> handled.size() == 102);
                    assertEquals(4, batcher.batches(), "a lone sample is a batch of its own at once");
                    assertEquals(LongStream.rangeClosed(0, 101).map(i -> 1_000_000L + i * 500L).boxed().toList(),
                            handled);
                    assertEquals(List.of(1, 64, 36, 1), observed, "the observer is told of each batch taken");
                }
            }
        }
    }

    private static MonitorService monitor(Database database, Consumer<StoredSample> received) {
        var pool = database.dataSource();
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        return new MonitorService(new MonitorService.Stores(new DeviceStore(pool, clock), new SampleStore(pool),
                new AlarmStore(pool)), new DetectorSelection(new InstalledDetectors()), MonitorSettings.DEFAULTS,
                clock, event -> {
                    if (event instanceof MonitorEvent.SampleReceived sample) {
                        received.accept(sample.sample());
                    }
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 10 s");
            Thread.sleep(5);
        }
    }

    @Test
    void givenNoRoom_whenSettingsMade_thenRefusedNamingTheLimits() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SampleBatcher.Settings(0, 10, 1))
                .getMessage().contains("maxBatch"));
    }

    private static SensorSample sample(String device, int i) {
        return new SensorSample(device, 1_000_000L + i * 500L, Map.of(Channels.TEMP_INTERNAL, 25.0,
                Channels.TEMP_AMBIENT, 25.0), Map.of(), DeviceStatus.NORMAL);
    }
}
