package io.batterylab.monitor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.live.InstalledDetectors;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.BlockLimits;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.LastSeen;
import io.batterylab.monitor.store.MonitorDatabases;
import io.batterylab.monitor.store.SampleRow;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import io.batterylab.storage.StorageConfig;
import io.batterylab.test.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor stopped and started again on the same database takes over the open alarms (no second alarm for the
 * same episode, cleared by a quiet period as usual), and a device removed while its samples wait in the writer
 * costs the other devices nothing. On the embedded H2 database and on MariaDB.
 */
class MonitorRestartAndRemovalTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration QUIET = Duration.ofSeconds(30);
    /** The threshold detector's window: 60 samples (30 s at 2 Hz) before its first verdict. */
    private static final int WINDOW = 60;

    abstract static class Contract {
        @TempDir
        Path home;
        StorageConfig config;
        Database database;
        MonitorService.Stores stores;
        final MutableClock clock = new MutableClock(T0);
        long alice;
        long deviceTimeMs;

        abstract StorageConfig config(Path home);

        @BeforeEach
        void open() {
            config = config(home);
            database = Database.open(config);
            var pool = database.dataSource();
            stores = new MonitorService.Stores(new DeviceStore(pool, clock), new SampleStore(pool),
                    new AlarmStore(pool));
            alice = MonitorDatabases.user(database, "alice");
        }

        @AfterEach
        void close() {
            if (database != null) {
                database.close();
            }
            MonitorDatabases.drop(config);
        }

        MonitorService monitor(io.batterylab.core.detection.Detector... more) {
            return new MonitorService(stores, new DetectorSelection(new InstalledDetectors(more)),
                    new MonitorSettings(CorrectionRules.DEFAULTS, QUIET, 3_600_000), clock, event -> {
                    });
        }

        /** Samples at 2 Hz of a cell at a steady temperature (60 °C is over the node's 50 °C: WARNING). */
        void feed(MonitorService monitor, String device, double internalC, int samples) {
            for (int i = 0; i < samples; i++) {
                clock.advance(Duration.ofMillis(500));
                deviceTimeMs += 500;
                monitor.onSample(Samples.at(device, deviceTimeMs, internalC));
            }
        }

        /** Samples of two nodes arriving together, as the connector hands them over in one batch. */
        void feedBoth(MonitorService monitor, double internalC, int samples) {
            for (int i = 0; i < samples; i++) {
                clock.advance(Duration.ofMillis(500));
                deviceTimeMs += 500;
                monitor.onSamples(List.of(Samples.at("gone", deviceTimeMs, internalC),
                        Samples.at("keep", deviceTimeMs, internalC)));
            }
        }

        void claimBoth(MonitorService monitor, String detector) {
            for (String device : List.of("gone", "keep")) {
                monitor.claim(alice, device, device + " cell");
                monitor.setDetectors(alice, device, List.of(detector));
            }
        }

        List<Alarm> alarms(String device) {
            return stores.alarms().list(alice, device, false, 10);
        }

        @Test
        void givenAnOpenAlarm_whenTheMonitorRestarts_thenItGoesOnWithoutADuplicateAndAQuietPeriodClearsIt() {
            try (MonitorService first = monitor()) {
                first.claim(alice, "n1", "cell 1");
                first.setDetectors(alice, "n1", List.of("threshold"));
                feed(first, "n1", 60, WINDOW + 10);
            }
            Alarm raised = alarms("n1").getFirst();
            assertEquals(DeviceStatus.WARNING, raised.severity());
            assertNull(raised.clearedAt());

            try (MonitorService second = monitor()) {
                feed(second, "n1", 60, WINDOW + 20);
                assertEquals(List.of(raised.id()), alarms("n1").stream().map(Alarm::id).toList(),
                        "the same episode after the restart: still one alarm");

                feed(second, "n1", 30, (int) (QUIET.toSeconds() * 2) - 2);
                assertNull(alarms("n1").getFirst().clearedAt(), "not yet quiet for " + QUIET);
                feed(second, "n1", 30, 4);
                assertNotNull(alarms("n1").getFirst().clearedAt(), "quiet for " + QUIET + " after the restart");

                feed(second, "n1", 60, 4);
                assertEquals(2, alarms("n1").size(), "a new episode after the clearing is a new alarm");
            }
        }

        @Test
        void givenSamplesOfTwoDevicesQueued_whenOneIsRemoved_thenTheOtherIsStoredAndTheRemovedOnesCounted() {
            try (MonitorService monitor = monitor()) {
                monitor.claim(alice, "keep", "kept cell");
                monitor.claim(alice, "gone", "removed cell");
                feed(monitor, "keep", 25, 6);
                feed(monitor, "gone", 25, 8);

                // the removal lands while the writer still holds both devices' samples (it writes once an hour here)
                assertTrue(monitor.remove(alice, "gone"));
                monitor.flush();

                long keep = stores.devices().find(alice, "keep").orElseThrow().id();
                assertEquals(6, stores.samples().series(keep, "keep", T0, clock.instant(), 100).size());
                assertEquals(8, monitor.samplesOfRemovedDevicesDropped());
                assertTrue(stores.devices().owner("gone").isEmpty());
            }
        }

        @Test
        void givenASampleBeingAssessed_whenItsDeviceIsRemoved_thenItsLateAlarmIsDroppedAndTheOtherDeviceLosesNothing()
                throws Exception {
            GatedDetector gated = new GatedDetector();
            try (MonitorService monitor = monitor(gated)) {
                claimBoth(monitor, GatedDetector.ID);
                feedBoth(monitor, 25, WINDOW);
                assertTrue(alarms("gone").isEmpty() && alarms("keep").isEmpty(), "25 °C raises no alarm");

                // 60 °C raises an alarm on both; the batch is held in the detector while "gone" is removed
                gated.close();
                // own threads: the common pool may have a single one on a small machine
                ExecutorService threads = Executors.newFixedThreadPool(2);
                try {
                    Future<?> batch = threads.submit(() -> feedBoth(monitor, 60, 1));
                    assertTrue(gated.entered(), "the batch did not reach the detector");
                    assertTrue(threads.submit(() -> monitor.remove(alice, "gone")).get(20, SECONDS),
                            "a removal does not wait for the detectors");
                    gated.open();
                    batch.get(20, SECONDS);
                } finally {
                    gated.open();
                    threads.shutdownNow();
                }

                assertEquals(List.of(DeviceStatus.WARNING), alarms("keep").stream().map(Alarm::severity).toList());
                assertTrue(stores.devices().owner("gone").isEmpty());
                feedBoth(monitor, 60, 2);
                assertEquals(2, monitor.unclaimedSamples().get("gone"), "later samples are of an unclaimed id");
                assertEquals(1, alarms("keep").size());
            }
        }

        @Test
        void givenADeviceRemovedByAnotherMonitorProcess_whenItsNextSampleRaisesAnAlarm_thenOnlyItsRowsAreDropped() {
            try (MonitorService monitor = monitor()) {
                claimBoth(monitor, "threshold");
                feedBoth(monitor, 25, WINDOW);

                // a second monitor process on the same MariaDB store removes it: this one still tracks it
                assertTrue(stores.devices().remove(alice, "gone"));
                feedBoth(monitor, 60, 3);
                monitor.flush();

                assertEquals(List.of(DeviceStatus.WARNING), alarms("keep").stream().map(Alarm::severity).toList());
                long keep = stores.devices().find(alice, "keep").orElseThrow().id();
                assertEquals(WINDOW + 3, stores.samples().series(keep, "keep", T0, clock.instant(), 1_000).size(),
                        "every sample of the other device is stored");
                assertEquals(2, monitor.unclaimedSamples().get("gone"), "after the drop its samples are unclaimed");
            }
        }

        @Test
        void givenADeviceRemovedByAnotherMonitorProcess_whenItsQuietSamplesGoOn_thenTheOtherDevicesRowsAreAllStored() {
            try (MonitorService monitor = monitor()) {
                claimBoth(monitor, "threshold");
                feedBoth(monitor, 25, 4);
                monitor.flush();

                // another process removes it; its samples raise nothing, so only the writer can find out
                assertTrue(stores.devices().remove(alice, "gone"));
                feedBoth(monitor, 25, 6);
                monitor.flush();

                long keep = stores.devices().find(alice, "keep").orElseThrow().id();
                assertEquals(10, stores.samples().series(keep, "keep", T0, clock.instant(), 1_000).size(),
                        "the batch with the removed device's rows did not cost the other device its rows");
                assertEquals(6, monitor.samplesOfRemovedDevicesDropped());
                feedBoth(monitor, 25, 2);
                assertEquals(2, monitor.unclaimedSamples().get("gone"), "once found removed, its samples are unclaimed");
            }
        }

        @Test
        void givenRowsOfADeviceDeletedBehindTheWritersBack_whenForgotten_thenTheBatchOfTheOthersIsWritten() {
            long keep = ((DeviceStore.ClaimResult.Claimed) stores.devices().claim(alice, "keep", "k",
                    DetectorSelection.DEFAULT)).device().id();
            long gone = ((DeviceStore.ClaimResult.Claimed) stores.devices().claim(alice, "gone", "g",
                    DetectorSelection.DEFAULT)).device().id();
            try (SampleWriter writer = new SampleWriter(stores.samples(), stores.devices(), 3_600_000,
                    BlockLimits.DEFAULTS)) {
                for (int i = 0; i < 5; i++) {
                    for (long pk : new long[] {keep, gone}) {
                        writer.add(new SampleRow(pk, T0.toEpochMilli() + i, Samples.at("x", i, 25), false, null,
                                Double.NaN), new LastSeen(pk, T0.toEpochMilli() + i, DeviceStatus.NORMAL, null, 0));
                    }
                }
                writer.forget(gone);
                assertTrue(stores.devices().remove(alice, "gone"));
                writer.flush();

                assertEquals(5, writer.written());
                assertEquals(0, writer.dropped());
                assertEquals(5, writer.droppedOfRemovedDevices());
                assertEquals(5, stores.samples().series(keep, "keep", T0, T0.plusSeconds(1), 100).stream()
                        .mapToInt(StoredSample::count).sum());
            }
        }
    }

    @Nested
    class EmbeddedH2 extends Contract {
        @Override
        StorageConfig config(Path home) {
            return MonitorDatabases.h2(home);
        }
    }

    @Nested
    class MariaDb extends Contract {
        @Override
        StorageConfig config(Path home) {
            return MonitorDatabases.mariaDb(home);
        }
    }
}
