package io.batterylab.monitor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.monitor.StoredSample;
import io.batterylab.storage.Database;
import io.batterylab.storage.StorageConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitoring stores (V8) on the embedded H2 database and on MariaDB/MySQL. */
class MonitorStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    abstract static class Contract {
        @TempDir
        Path home;
        StorageConfig config;
        Database database;
        DeviceStore devices;
        SampleStore samples;
        AlarmStore alarms;
        long alice;
        long bob;

        abstract StorageConfig config(Path home);

        @BeforeEach
        void open() {
            config = config(home);
            database = Database.open(config);
            devices = new DeviceStore(database.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
            samples = new SampleStore(database.dataSource());
            alarms = new AlarmStore(database.dataSource());
            alice = MonitorDatabases.user(database, "alice");
            bob = MonitorDatabases.user(database, "bob");
        }

        @AfterEach
        void close() {
            if (database != null) {
                database.close();
            }
            MonitorDatabases.drop(config);
        }

        private long claimed(long user, String id) {
            return assertInstanceOf(DeviceStore.ClaimResult.Claimed.class,
                    devices.claim(user, id, "cell " + id, List.of("threshold", "rise"))).device().id();
        }

        @Test
        void givenADeviceClaimedByAlice_thenBobCannotClaimSeeRenameOrRemoveIt() {
            claimed(alice, "n1");

            assertInstanceOf(DeviceStore.ClaimResult.TakenByAnotherUser.class,
                    devices.claim(bob, "n1", "mine", List.of()));
            assertInstanceOf(DeviceStore.ClaimResult.AlreadyYours.class, devices.claim(alice, "n1", "x", List.of()));
            assertTrue(devices.list(bob).isEmpty());
            assertTrue(devices.find(bob, "n1").isEmpty());
            assertFalse(devices.rename(bob, "n1", "stolen"));
            assertFalse(devices.remove(bob, "n1"));
            MonitoredDevice device = devices.find(alice, "n1").orElseThrow();
            assertEquals("cell n1", device.name());
            assertEquals(List.of("threshold", "rise"), device.detectors());
            assertEquals(alice, devices.owner("n1").orElseThrow().userId());
            assertTrue(devices.rename(alice, "n1", "cell 36"));
            assertTrue(devices.setDetectors(alice, "n1", List.of("rise")));
            assertEquals(List.of("rise"), devices.list(alice).getFirst().detectors());
        }

        @Test
        void givenBatchedSamples_thenLatestSeriesAndLastSeenReadBackWithMissingChannelsMissing() {
            long pk = claimed(alice, "n1");
            List<SampleRow> rows = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                Map<String, Double> channels = i == 1199 ? Map.of(Channels.TEMP_AMBIENT, 24.0)
                        : Map.of(Channels.TEMP_INTERNAL, 30.0 + i % 10, Channels.TEMP_AMBIENT, 24.0);
                rows.add(new SampleRow(pk, T0.toEpochMilli() + 500L * i, new SensorSample("n1", 500L * i, channels,
                        Map.of(), i == 600 ? DeviceStatus.WARNING : DeviceStatus.NORMAL), i == 100,
                        i < 59 ? null : DeviceStatus.NORMAL, 0.1));
            }
            samples.insert(rows);
            devices.recordSeen(List.of(new LastSeen(pk, T0.toEpochMilli() + 599_500, DeviceStatus.NORMAL,
                    DeviceStatus.DANGER, 0.9)));

            StoredSample latest = samples.latest(pk, "n1").orElseThrow();
            assertEquals(599_500, latest.deviceTimeMs());
            assertFalse(latest.channels().containsKey(Channels.TEMP_INTERNAL));
            List<StoredSample> series = samples.series(pk, "n1", T0, T0.plusSeconds(600), 60);
            assertEquals(60, series.size());
            assertEquals(20, series.getFirst().count());
            assertEquals(34.5, series.getFirst().channels().get(Channels.TEMP_INTERNAL), 1e-9);
            assertNull(series.getFirst().modelStatus());
            assertTrue(series.get(5).gapBefore());
            assertEquals(DeviceStatus.WARNING, series.get(30).deviceStatus());
            assertEquals(DeviceStatus.NORMAL, series.get(31).deviceStatus());
            assertEquals(10, samples.series(pk, "n1", T0, T0.plusMillis(4500), 100).size());
            assertEquals(10, samples.series(pk, "n1", T0, T0.plusMillis(599_500), 10).size(),
                    "the sample at exactly 'to' is in the last of the 10 points, not an 11th");
            MonitoredDevice device = devices.find(alice, "n1").orElseThrow();
            assertEquals(T0.plusMillis(599_500), device.lastSeen());
            assertEquals(DeviceStatus.DANGER, device.lastModelStatus());
        }

        @Test
        void givenLastSeenOfMoreDevicesThanOneStatementTakes_whenRecorded_thenEachDeviceGetsItsOwnAndNullVerdictsKeep() {
            int count = 2 * DeviceStore.DEVICES_PER_UPDATE + 50;
            List<Long> pks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                pks.add(claimed(alice, "n" + i));
            }
            long untouched = claimed(alice, "quiet");
            List<LastSeen> first = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                first.add(new LastSeen(pks.get(i), 1_000 + i, DeviceStatus.NORMAL, DeviceStatus.WARNING, i / 1000.0));
            }
            devices.recordSeen(first);
            List<LastSeen> second = new ArrayList<>();
            for (int i = count - 1; i >= 0; i--) {
                // odd devices: no verdict yet in this batch, so the stored one stays
                second.add(new LastSeen(pks.get(i), 2_000 + i, DeviceStatus.DANGER,
                        i % 2 == 1 ? null : DeviceStatus.NORMAL, 0.5));
            }
            second.add(new LastSeen(pks.get(7), 9_999, DeviceStatus.WARNING, null, Double.NaN));

            devices.recordSeen(second);

            for (int i = 0; i < count; i++) {
                MonitoredDevice device = devices.find(alice, "n" + i).orElseThrow();
                boolean kept = i % 2 == 1;
                assertEquals(Instant.ofEpochMilli(i == 7 ? 9_999 : 2_000 + i), device.lastSeen(), "n" + i);
                assertEquals(i == 7 ? DeviceStatus.WARNING : DeviceStatus.DANGER, device.lastDeviceStatus(), "n" + i);
                assertEquals(kept ? DeviceStatus.WARNING : DeviceStatus.NORMAL, device.lastModelStatus(), "n" + i);
                assertEquals(kept ? i / 1000.0 : 0.5, device.lastModelRisk(), 1e-12, "n" + i);
            }
            MonitoredDevice quiet = devices.find(alice, "quiet").orElseThrow();
            assertEquals(untouched, quiet.id());
            assertNull(quiet.lastSeen());
            assertNull(quiet.lastModelStatus());
        }

        @Test
        void givenRowsOfTwoDevicesInterleaved_whenInsertedInMultiRowStatements_thenAllAreStoredInTheirOrder()
                throws java.sql.SQLException {
            long pk1 = claimed(alice, "n1");
            long pk2 = claimed(alice, "n2");
            int count = 3 * SampleStore.ROWS_PER_INSERT + 57;
            List<SampleRow> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                rows.add(new SampleRow(i % 2 == 0 ? pk1 : pk2, T0.toEpochMilli(), new SensorSample(i % 2 == 0 ? "n1"
                        : "n2", i, Map.of(Channels.TEMP_INTERNAL, (double) i), Map.of(), DeviceStatus.NORMAL), false,
                        null, 0));
            }
            samples.insert(rows);
            samples.insert(rows.subList(0, 1));

            List<Long> stored = new ArrayList<>();
            try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement();
                    var rs = statement.executeQuery("SELECT device_time_ms, temp_internal_c FROM monitor_samples "
                            + "ORDER BY id")) {
                while (rs.next()) {
                    assertEquals(rs.getLong(1), rs.getDouble(2), 1e-9);
                    stored.add(rs.getLong(1));
                }
            }
            List<Long> expected = new ArrayList<>(java.util.stream.LongStream.range(0, count).boxed().toList());
            expected.add(0L);
            assertEquals(expected, stored);
            assertEquals(0, samples.latest(pk1, "n1").orElseThrow().deviceTimeMs(), "the newest by id");
            assertEquals(count - 2, samples.latest(pk2, "n2").orElseThrow().deviceTimeMs());
        }

        @Test
        void givenRetention_whenCompacted_thenOldSamplesBecomeMinuteAveragesThatTheSeriesStillShows() {
            long pk = claimed(alice, "n1");
            List<SampleRow> rows = new ArrayList<>();
            for (int i = 0; i < 480; i++) { // 4 minutes at 2 Hz
                rows.add(new SampleRow(pk, T0.toEpochMilli() + 500L * i, new SensorSample("n1", 500L * i,
                        Map.of(Channels.TEMP_INTERNAL, i < 120 ? 30.0 : 40.0), Map.of(),
                        i == 5 ? DeviceStatus.DANGER : DeviceStatus.NORMAL), false, DeviceStatus.NORMAL, 0.2));
            }
            samples.insert(rows);

            int compacted = samples.compact(T0.plusSeconds(150));

            assertEquals(240, compacted);
            List<StoredSample> series = samples.series(pk, "n1", T0, T0.plusSeconds(240), 4);
            assertEquals(4, series.size());
            assertEquals(120, series.get(0).count());
            assertEquals(30.0, series.get(0).channels().get(Channels.TEMP_INTERNAL), 1e-9);
            assertEquals(DeviceStatus.DANGER, series.get(0).deviceStatus());
            assertEquals(40.0, series.get(3).channels().get(Channels.TEMP_INTERNAL), 1e-9);
            assertEquals(0, samples.compact(T0.plusSeconds(150)));
        }

        @Test
        void givenAnAlarm_thenOnlyTheOwnerListsAndAcknowledgesItAndItClears() {
            long pk = claimed(alice, "n1");
            claimed(bob, "n2");
            long id = alarms.raise(pk, DeviceStatus.WARNING, List.of("rise"), 0.5, Map.of("temp_internal_c", 61.5), T0);
            alarms.escalate(id, DeviceStatus.DANGER, List.of("rise", "threshold"), 1.0);

            assertTrue(alarms.list(bob, null, false, 100).isEmpty());
            assertFalse(alarms.acknowledge(bob, id, T0.plusSeconds(5)));
            Alarm alarm = alarms.list(alice, "n1", true, 100).getFirst();
            assertEquals(DeviceStatus.DANGER, alarm.severity());
            assertEquals(List.of("rise", "threshold"), alarm.detectors());
            assertEquals(61.5, alarm.values().get("temp_internal_c"));
            assertEquals(Alarm.State.RAISED, alarm.state());
            assertTrue(alarms.acknowledge(alice, id, T0.plusSeconds(5)));
            assertFalse(alarms.acknowledge(alice, id, T0.plusSeconds(6)));
            assertEquals(Alarm.State.ACKNOWLEDGED, alarms.find(alice, id).orElseThrow().state());
            assertEquals(alice, alarms.find(alice, id).orElseThrow().acknowledgedBy());
            alarms.clear(id, T0.plusSeconds(90));
            assertEquals(Alarm.State.CLEARED, alarms.find(alice, id).orElseThrow().state());
            assertTrue(alarms.list(alice, null, true, 100).isEmpty());
            assertTrue(alarms.find(bob, id).isEmpty());
        }

        @Test
        void givenCorrections_thenTheyAreListedForTheOwnerNewestFirstAndGoWithTheDevice() {
            long pk = claimed(alice, "n1");
            alarms.recordCorrection(pk, T0, DeviceStatus.DANGER, DeviceStatus.NORMAL, DeviceStatus.DANGER, null);
            alarms.recordCorrection(pk, T0.plusSeconds(60), DeviceStatus.NORMAL, null, null, alice);

            assertEquals(List.of(DeviceStatus.NORMAL, DeviceStatus.DANGER), alarms.corrections(alice, "n1", 10).stream()
                    .map(c -> c.command()).toList());
            assertEquals(alice, alarms.corrections(alice, "n1", 10).getFirst().userId());
            assertTrue(alarms.corrections(bob, "n1", 10).isEmpty());
            assertTrue(devices.remove(alice, "n1"));
            assertTrue(alarms.corrections(alice, "n1", 10).isEmpty());
            assertTrue(devices.owner("n1").isEmpty());
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
