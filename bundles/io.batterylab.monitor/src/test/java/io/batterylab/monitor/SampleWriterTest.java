package io.batterylab.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.LastSeen;
import io.batterylab.monitor.store.MonitorDatabases;
import io.batterylab.monitor.store.SampleRow;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer stores rows every interval and when each device was last seen at most every 2 s. */
class SampleWriterTest {
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path home;

    @Test
    void givenASample_whenTheWriterRunsEvery20Ms_thenTheRowIsStoredAtOnceAndLastSeenWithin2To5Seconds()
            throws InterruptedException {
        try (Database database = Database.open(MonitorDatabases.h2(home))) {
            long alice = MonitorDatabases.user(database, "alice");
            DeviceStore devices = new DeviceStore(database.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
            SampleStore samples = new SampleStore(database.dataSource());
            long pk = ((DeviceStore.ClaimResult.Claimed) devices.claim(alice, "n1", "cell", DetectorSelection.DEFAULT))
                    .device().id();
            long started = System.nanoTime();
            try (SampleWriter writer = new SampleWriter(samples, devices, 20)) {
                writer.add(new SampleRow(pk, T0.toEpochMilli(), Samples.at("n1", 1, 25), false, null, Double.NaN),
                        new LastSeen(pk, T0.toEpochMilli(), DeviceStatus.NORMAL, null, 0));
                while (writer.written() == 0) {
                    Thread.sleep(5);
                }
                if (System.nanoTime() - started < 1_500_000_000L) {
                    assertNull(devices.find(alice, "n1").orElseThrow().lastSeen(), "not yet: at most every 2 s");
                }
                while (devices.find(alice, "n1").orElseThrow().lastSeen() == null) {
                    assertTrue(System.nanoTime() - started < 5_000_000_000L, "last seen within 5 s");
                    Thread.sleep(20);
                }
                assertTrue(System.nanoTime() - started >= SampleWriter.SEEN_INTERVAL_MS * 1_000_000L);
                assertEquals(T0, devices.find(alice, "n1").orElseThrow().lastSeen());
            }
        }
    }
}
