package io.batterylab.monitor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.storage.Database;
import io.batterylab.storage.StorageException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Last-seen noted in memory: the reads show it over the stored columns at once, a later sample without a verdict
 * keeps the earlier verdict (as the stored one is kept), what is noted while storing waits for the next store, and
 * a failed store loses nothing noted.
 */
class NotedLastSeenTest {
    private static final Instant T0 = Instant.parse("2026-12-02T03:00:00Z");

    @TempDir
    Path home;
    Database database;
    DeviceStore devices;
    long alice;
    long pk;

    @BeforeEach
    void open() {
        database = Database.open(MonitorDatabases.h2(home));
        alice = MonitorDatabases.user(database, "alice");
        devices = new DeviceStore(database.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
        pk = ((DeviceStore.ClaimResult.Claimed) devices.claim(alice, "n1", "cell", DetectorSelection.DEFAULT))
                .device().id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static LastSeen seen(long pk, long afterMs, DeviceStatus device, DeviceStatus model, double risk) {
        return new LastSeen(pk, T0.toEpochMilli() + afterMs, device, model, risk);
    }

    private MonitoredDevice stored() {
        return new DeviceStore(database.dataSource(), Clock.systemUTC()).find(alice, "n1").orElseThrow();
    }

    @Test
    void givenNotedSamples_thenReadAtOnceAndALaterOneWithoutVerdictKeepsTheEarlierVerdict() {
        devices.noteSeen(seen(pk, 500, DeviceStatus.NORMAL, DeviceStatus.DANGER, 0.9));
        devices.noteSeen(seen(pk, 1_000, DeviceStatus.WARNING, null, Double.NaN));
        devices.noteSeen(seen(pk, 200, DeviceStatus.NORMAL, DeviceStatus.NORMAL, 0.1)); // late: older than the newest

        for (MonitoredDevice d : java.util.List.of(devices.find(alice, "n1").orElseThrow(),
                devices.list(alice).getFirst(), devices.all().getFirst())) {
            assertEquals(T0.plusMillis(1_000), d.lastSeen());
            assertEquals(DeviceStatus.WARNING, d.lastDeviceStatus());
            assertEquals(DeviceStatus.DANGER, d.lastModelStatus());
            assertEquals(0.9, d.lastModelRisk());
        }
        assertNull(stored().lastSeen(), "nothing stored yet");

        assertEquals(1, devices.recordNoted(key -> false));
        assertEquals(T0.plusMillis(1_000), stored().lastSeen());
        assertEquals(DeviceStatus.DANGER, stored().lastModelStatus());
    }

    @Test
    void givenAStoredVerdict_whenANewerSampleWithoutVerdictIsNoted_thenTheStoredVerdictIsShownAndKept() {
        devices.recordSeen(java.util.List.of(seen(pk, 0, DeviceStatus.NORMAL, DeviceStatus.WARNING, 0.4)));
        devices.noteSeen(seen(pk, 500, DeviceStatus.DANGER, null, Double.NaN));

        MonitoredDevice shown = devices.find(alice, "n1").orElseThrow();
        assertEquals(DeviceStatus.DANGER, shown.lastDeviceStatus());
        assertEquals(DeviceStatus.WARNING, shown.lastModelStatus());
        assertEquals(0.4, shown.lastModelRisk());
        devices.recordNoted(key -> false);
        assertEquals(shown, stored());
    }

    @Test
    void givenSkippedOrRemovedDevices_thenTheirNotesAreForgottenAndNotStored() {
        devices.noteSeen(seen(pk, 500, DeviceStatus.NORMAL, null, Double.NaN));
        assertEquals(0, devices.recordNoted(key -> key == pk));
        assertNull(devices.find(alice, "n1").orElseThrow().lastSeen(), "a skipped device's note is gone");

        devices.noteSeen(seen(pk, 800, DeviceStatus.NORMAL, null, Double.NaN));
        devices.forgetSeen(pk);
        assertNull(devices.find(alice, "n1").orElseThrow().lastSeen());
    }

    @Test
    void givenTheStoreFails_thenTheNotesStayForTheNextTry() {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
        javax.sql.DataSource real = database.dataSource();
        javax.sql.DataSource flaky = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (down.get() && method.getName().equals("getConnection")) {
                        throw new java.sql.SQLException("database down");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DeviceStore store = new DeviceStore(flaky, Clock.systemUTC());
        store.noteSeen(seen(pk, 500, DeviceStatus.NORMAL, DeviceStatus.NORMAL, 0.2));

        down.set(true);
        assertThrows(StorageException.class, () -> store.recordNoted(key -> false));
        down.set(false);
        assertNull(stored().lastSeen(), "not stored by the failed try");
        assertEquals(T0.plusMillis(500), store.find(alice, "n1").orElseThrow().lastSeen(), "still noted");

        assertEquals(1, store.recordNoted(key -> false));
        assertEquals(T0.plusMillis(500), stored().lastSeen());
    }
}
