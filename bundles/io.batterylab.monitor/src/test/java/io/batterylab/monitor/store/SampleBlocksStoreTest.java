package io.batterylab.monitor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.device.mqtt.SensorPayloadParser;
import io.batterylab.monitor.StoredSample;
import io.batterylab.storage.Database;
import io.batterylab.storage.StorageConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Samples stored in blocks (V9) beside the rows of before, on the embedded H2 database and on MariaDB/MySQL. */
class SampleBlocksStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final BlockLimits TWENTY = new BlockLimits(20, 600);

    abstract static class Contract {
        @TempDir
        Path home;
        StorageConfig config;
        Database database;
        DeviceStore devices;
        SampleStore samples;
        long alice;

        abstract StorageConfig config(Path home);

        @BeforeEach
        void open() {
            config = config(home);
            database = Database.open(config);
            devices = new DeviceStore(database.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
            samples = new SampleStore(database.dataSource());
            alice = MonitorDatabases.user(database, "alice");
        }

        @AfterEach
        void close() {
            if (database != null) {
                database.close();
            }
            MonitorDatabases.drop(config);
        }

        long claimed(String id) {
            return assertInstanceOf(DeviceStore.ClaimResult.Claimed.class,
                    devices.claim(alice, id, "cell " + id, List.of("threshold"))).device().id();
        }

        /** Through the writer's path: open blocks, closed, stored, then no longer open. */
        void storeAsBlocks(SampleStore store, List<SampleRow> rows) {
            OpenBlocks open = store.openBlocks();
            open.append(rows, TWENTY, 0);
            List<SampleBlock> closed = open.takeClosed(TWENTY, 0, true);
            store.insertBlocks(closed);
            open.written(closed);
        }

        long count(String sql) throws SQLException {
            try (var c = database.dataSource().getConnection(); var s = c.createStatement();
                    var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        static List<SampleRow> randomSamples(Random random, long pk, int count) {
            List<SampleRow> rows = new ArrayList<>();
            long received = T0.toEpochMilli();
            DeviceStatus[] statuses = DeviceStatus.values();
            for (int i = 0; i < count; i++) {
                boolean gap = random.nextInt(15) == 0;
                received += gap ? 3_000 + random.nextInt(20_000) : 400 + random.nextInt(200);
                Map<String, Double> channels = new HashMap<>();
                for (String c : SensorPayloadParser.CHANNELS) {
                    if (random.nextInt(5) != 0) {
                        channels.put(c, Math.round(random.nextGaussian() * 1e6) / 1e4);
                    }
                }
                DeviceStatus model = i < 10 || random.nextInt(10) == 0 ? null : statuses[random.nextInt(3)];
                rows.add(new SampleRow(pk, received, new SensorSample("n", 1_000L * i + random.nextInt(50), channels,
                        Map.of(), statuses[random.nextInt(3)]), gap, model,
                        model == null ? Double.NaN : random.nextDouble()));
            }
            return rows;
        }

        static List<SampleRow> onDevice(List<SampleRow> rows, long pk) {
            return rows.stream().map(r -> new SampleRow(pk, r.receivedMs(), r.sample(), r.gapBefore(), r.modelStatus(),
                    r.modelRisk())).toList();
        }

        static void assertSameSeries(List<StoredSample> expected, List<StoredSample> actual, String what) {
            assertEquals(expected.size(), actual.size(), what);
            for (int i = 0; i < expected.size(); i++) {
                StoredSample e = expected.get(i);
                StoredSample a = actual.get(i);
                String point = what + " point " + i;
                assertEquals(e.receivedAt(), a.receivedAt(), point);
                assertEquals(e.deviceTimeMs(), a.deviceTimeMs(), point);
                assertEquals(e.count(), a.count(), point);
                assertEquals(e.gapBefore(), a.gapBefore(), point);
                assertEquals(e.deviceStatus(), a.deviceStatus(), point);
                assertEquals(e.modelStatus(), a.modelStatus(), point);
                assertEquals(e.modelRisk(), a.modelRisk(), 1e-9, point);
                assertEquals(e.channels().keySet(), a.channels().keySet(), point);
                e.channels().forEach((c, v) -> assertEquals(v, a.channels().get(c), 1e-9, point + " " + c));
            }
        }

        @Test
        void givenTheSameSamplesAsRowsAndAsBlocks_thenEverySeriesIsTheSameBeforeAndAfterRetention() {
            long rowsPk = claimed("rows");
            long blocksPk = claimed("blocks");
            List<SampleRow> rows = randomSamples(new Random(13), rowsPk, 700);
            samples.insert(rows);
            storeAsBlocks(samples, onDevice(rows, blocksPk));
            Instant end = Instant.ofEpochMilli(rows.getLast().receivedMs());
            List<Instant[]> ranges = List.of(new Instant[] {T0, end}, new Instant[] {T0.plusSeconds(37),
                T0.plusSeconds(200)}, new Instant[] {T0.minusSeconds(10), T0.plusSeconds(5)},
                new Instant[] {end.minusSeconds(61), end});

            for (int round = 0; round < 2; round++) {
                for (Instant[] range : ranges) {
                    for (int points : new int[] {1, 7, 60, 1_000}) {
                        assertSameSeries(samples.series(rowsPk, "n", range[0], range[1], points),
                                samples.series(blocksPk, "n", range[0], range[1], points),
                                "round " + round + " " + range[0] + ".." + range[1] + " in " + points);
                    }
                }
                Instant cutoff = Instant.ofEpochMilli(rows.get(350).receivedMs());
                int compacted = samples.compact(cutoff);
                assertEquals(round == 0 ? 2 * rows.stream().filter(r -> r.receivedMs() < cutoff.toEpochMilli()
                        / 60_000 * 60_000).count() : 0, compacted);
            }
            assertEquals(samples.latest(rowsPk, "n").orElseThrow().channels(),
                    samples.latest(blocksPk, "n").orElseThrow().channels());
        }

        @Test
        void givenSamplesInAnOpenBlock_thenLatestAndSeriesShowThemOnceBeforeAndAfterTheyAreStored() {
            long pk = claimed("n1");
            List<SampleRow> rows = randomSamples(new Random(3), pk, 30);
            OpenBlocks open = samples.openBlocks();
            open.append(rows, TWENTY, 0);
            Instant end = Instant.ofEpochMilli(rows.getLast().receivedMs());

            assertEquals(30, samples.series(pk, "n", T0, end, 1_000).size());
            assertEquals(rows.getLast().sample().timestampMs(), samples.latest(pk, "n").orElseThrow().deviceTimeMs());

            List<SampleBlock> closed = open.takeClosed(TWENTY, 0, true);
            samples.insertBlocks(closed);
            assertEquals(30, samples.series(pk, "n", T0, end, 1_000).size(), "stored but not yet marked: once");
            open.written(closed);
            assertEquals(30, samples.series(pk, "n", T0, end, 1_000).size());
            assertEquals(0, open.size());
        }

        @Test
        void givenBlocksAcrossTheCutoff_whenCompacted_thenTheStraddlingOneIsSplitAndMinutesMergeWithExistingOnes()
                throws SQLException {
            long pk = claimed("n1");
            List<SampleRow> rows = new ArrayList<>();
            for (int i = 0; i < 240; i++) { // 2 minutes at 2 Hz, blocks of 20 = 10 s
                rows.add(new SampleRow(pk, T0.toEpochMilli() + 500L * i, new SensorSample("n", i, Map.of(
                        Channels.TEMP_INTERNAL, i < 120 ? 30.0 : 40.0), Map.of(), DeviceStatus.NORMAL), false,
                        DeviceStatus.NORMAL, 0.1));
            }
            // legacy rows in the first minute too: their minute and the blocks' must become one row
            samples.insert(List.of(new SampleRow(pk, T0.toEpochMilli() + 250, new SensorSample("n", 0, Map.of(
                    Channels.TEMP_INTERNAL, 36.0), Map.of(), DeviceStatus.DANGER), false, DeviceStatus.WARNING, 0.7)));
            storeAsBlocks(samples, rows.subList(0, 110));
            storeAsBlocks(samples, rows.subList(110, 240)); // one block runs from 55 s to 65 s

            assertEquals(1 + 120, samples.compact(T0.plusSeconds(61)));

            assertEquals(1, count("SELECT COUNT(*) FROM monitor_sample_minutes"), "the first minute, rows and blocks");
            assertEquals(7, count("SELECT COUNT(*) FROM monitor_sample_blocks"), "the split block and 6 after it");
            assertEquals(T0.plusSeconds(60).toEpochMilli(), count("SELECT MIN(first_ms) FROM monitor_sample_blocks"),
                    "the split block starts at the cut-off minute");
            assertEquals(120, count("SELECT SUM(sample_count) FROM monitor_sample_blocks"));
            List<StoredSample> minutes = samples.series(pk, "n", T0, T0.plusSeconds(120), 2);
            assertEquals(121, minutes.get(0).count());
            assertEquals((36.0 + 120 * 30.0) / 121, minutes.get(0).channels().get(Channels.TEMP_INTERNAL), 1e-9);
            assertEquals(DeviceStatus.DANGER, minutes.get(0).deviceStatus());
            assertEquals(DeviceStatus.WARNING, minutes.get(0).modelStatus());
            assertEquals(0.7, minutes.get(0).modelRisk(), 1e-12);
            assertEquals(120, minutes.get(1).count());
            assertEquals(40.0, minutes.get(1).channels().get(Channels.TEMP_INTERNAL), 1e-9);

            // a late block in an already compacted minute adds to it rather than colliding with it
            storeAsBlocks(samples, List.of(new SampleRow(pk, T0.toEpochMilli() + 1_000, rows.get(0).sample(), false,
                    DeviceStatus.DANGER, 0.9)));
            assertEquals(1, samples.compact(T0.plusSeconds(61)));
            StoredSample first = samples.series(pk, "n", T0, T0.plusSeconds(59), 1).getFirst();
            assertEquals(122, first.count());
            assertEquals(DeviceStatus.DANGER, first.modelStatus());
            assertEquals(0.9, first.modelRisk(), 1e-12);
            assertEquals(122 + 120, samples.series(pk, "n", T0, T0.plusSeconds(120), 1).getFirst().count());
        }

        @Test
        void givenRowsAndBlocksOfOneDevice_thenLatestIsTheNewestOfAllAndRemovalDeletesBoth() throws SQLException {
            long pk = claimed("n1");
            List<SampleRow> rows = randomSamples(new Random(5), pk, 60);
            samples.insert(rows.subList(0, 20));
            storeAsBlocks(samples, rows.subList(20, 50));
            samples.openBlocks().append(rows.subList(50, 60), TWENTY, 0);
            Instant end = Instant.ofEpochMilli(rows.getLast().receivedMs());

            assertEquals(60, samples.series(pk, "n", T0, end, 1).getFirst().count());
            assertEquals(rows.getLast().sample().timestampMs(), samples.latest(pk, "n").orElseThrow().deviceTimeMs());
            assertEquals(rows.get(49).sample().timestampMs(), new SampleStore(database.dataSource()).latest(pk, "n")
                    .orElseThrow().deviceTimeMs(), "the newest stored, in a block");

            assertTrue(devices.remove(alice, "n1"));

            assertEquals(0, count("SELECT COUNT(*) FROM monitor_sample_blocks"));
            assertEquals(0, count("SELECT COUNT(*) FROM monitor_samples"));
        }

        @Test
        void givenABlockOfAnUnknownVersion_whenRead_thenTheErrorNamesTheBlock() throws SQLException {
            long pk = claimed("n1");
            samples.insertBlocks(List.of(new SampleBlock(pk, T0.toEpochMilli(), T0.toEpochMilli(), 1,
                    new byte[] {7, 0, 0, 0})));
            long id = count("SELECT MAX(id) FROM monitor_sample_blocks");

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> samples.series(pk, "n", T0, T0.plusSeconds(1), 10));

            assertEquals("Sample block id " + id + " of device key " + pk + " has unknown encoding version 7; this "
                    + "version reads 1", e.getMessage());
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
