package io.batterylab.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.store.BlockLimits;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.LastSeen;
import io.batterylab.monitor.store.MonitorDatabases;
import io.batterylab.monitor.store.SampleRow;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer puts samples in each device's open block at once (reads see them), stores a block when it is full or
 * old enough and every open block on flush and close; when each device was last seen is read at once and stored at
 * most every {@link SampleWriter#SEEN_INTERVAL_MS}.
 */
class SampleWriterTest {
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path home;
    Database database;
    DeviceStore devices;
    SampleStore samples;
    long alice;
    long pk;

    @BeforeEach
    void open() {
        database = Database.open(MonitorDatabases.h2(home));
        alice = MonitorDatabases.user(database, "alice");
        devices = new DeviceStore(database.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
        samples = new SampleStore(database.dataSource());
        pk = claim("n1");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long claim(String id) {
        return ((DeviceStore.ClaimResult.Claimed) devices.claim(alice, id, "cell", DetectorSelection.DEFAULT)).device()
                .id();
    }

    private static void add(SampleWriter writer, long pk, int i) {
        writer.add(new SampleRow(pk, T0.toEpochMilli() + 500L * i, Samples.at("n", 500L * i, 25 + i), false, null,
                Double.NaN), new LastSeen(pk, T0.toEpochMilli() + 500L * i, DeviceStatus.NORMAL, null, 0));
    }

    private int storedBlocks() throws SQLException {
        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM monitor_sample_blocks")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int seriesCount(SampleStore store, long device) {
        return store.series(device, "n", T0, T0.plusSeconds(600), 1_000).stream().mapToInt(StoredSample::count).sum();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(5);
        }
    }

    @Test
    void givenBlocksOfOneSample_whenTheWriterRunsEvery20Ms_thenTheSampleIsStoredAtOnceAndLastSeenShownAtOnce()
            throws InterruptedException {
        DeviceStore elsewhere = new DeviceStore(database.dataSource(), Clock.systemUTC()); // another process's view
        try (SampleWriter writer = new SampleWriter(samples, devices, 20, new BlockLimits(1, 10))) {
            add(writer, pk, 0);
            await(() -> writer.written() == 1, "written at once");
            assertEquals(T0, devices.find(alice, "n1").orElseThrow().lastSeen(), "this process sees it at once");
            assertEquals(DeviceStatus.NORMAL, devices.list(alice).getFirst().lastDeviceStatus());
            assertNull(elsewhere.find(alice, "n1").orElseThrow().lastSeen(),
                    "stored every " + SampleWriter.SEEN_INTERVAL_MS + " ms, not with every block");

            writer.flush();
            assertEquals(T0, elsewhere.find(alice, "n1").orElseThrow().lastSeen(), "stored on flush");
        }
    }

    @Test
    void givenAnOpenBlock_thenLatestAndSeriesShowItsSamplesBeforeItIsStoredAndTheFullBlockIsStoredAsOne()
            throws Exception {
        try (SampleWriter writer = new SampleWriter(samples, devices, 20, new BlockLimits(3, 600))) {
            add(writer, pk, 0);
            add(writer, pk, 1);
            await(() -> seriesCount(samples, pk) == 2, "both samples read from the open block");
            Thread.sleep(100);

            assertEquals(0, writer.written());
            assertEquals(0, storedBlocks());
            assertEquals(500, samples.latest(pk, "n").orElseThrow().deviceTimeMs());
            assertEquals(0, seriesCount(new SampleStore(database.dataSource()), pk), "nothing in the database yet");

            add(writer, pk, 2);
            await(() -> writer.written() == 3, "the full block is stored");
            assertEquals(1, storedBlocks());
            assertEquals(3, seriesCount(samples, pk), "read once, not from the database and the open block both");
            assertEquals(3, seriesCount(new SampleStore(database.dataSource()), pk));
            assertEquals(27.0, new SampleStore(database.dataSource()).latest(pk, "n").orElseThrow().channels()
                    .get(io.batterylab.core.detection.Channels.TEMP_INTERNAL));
        }
    }

    @Test
    void givenBlocksOfOneSecond_whenOneSampleCame_thenItsBlockIsStoredAfterAboutASecond() throws Exception {
        try (SampleWriter writer = new SampleWriter(samples, devices, 20, new BlockLimits(50, 1))) {
            long started = System.nanoTime();
            add(writer, pk, 0);
            await(() -> seriesCount(samples, pk) == 1, "read from the open block");

            await(() -> writer.written() == 1, "stored when a second old");

            assertTrue(System.nanoTime() - started >= 900_000_000L, "not before the block was a second old");
            assertEquals(1, storedBlocks());
        }
    }

    @Test
    void givenOpenBlocksOfTwoDevices_whenClosed_thenEverySampleIsStored() throws Exception {
        long other = claim("n2");
        SampleWriter writer = new SampleWriter(samples, devices, 3_600_000, BlockLimits.DEFAULTS);
        for (int i = 0; i < 25; i++) {
            add(writer, pk, i);
            add(writer, other, i);
        }

        writer.close();

        assertEquals(50, writer.written());
        assertEquals(4, storedBlocks(), "a full block of 20 and the open one of 5 for each");
        SampleStore fresh = new SampleStore(database.dataSource());
        assertEquals(25, seriesCount(fresh, pk));
        assertEquals(25, seriesCount(fresh, other));
    }

    @Test
    void givenADeviceWithAnOpenBlock_whenItIsForgotten_thenItsSamplesAreDroppedAndCountedAndTheOthersStored()
            throws Exception {
        long gone = claim("n2");
        try (SampleWriter writer = new SampleWriter(samples, devices, 20, BlockLimits.DEFAULTS)) {
            for (int i = 0; i < 4; i++) {
                add(writer, pk, i);
                add(writer, gone, i);
            }
            await(() -> seriesCount(samples, gone) == 4, "in the open block");

            writer.forget(gone);
            assertTrue(devices.remove(alice, "n2"));
            writer.flush();

            assertEquals(4, writer.droppedOfRemovedDevices());
            assertEquals(4, writer.written());
            assertEquals(0, writer.dropped());
            assertEquals(0, seriesCount(samples, gone));
            assertEquals(4, seriesCount(samples, pk));
        }
    }
}
