package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.MonitorDatabases;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorServiceClaimsTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path home;

    @Test
    void givenClaims_thenOnlyClaimedIdsAreStoredUnclaimedOnesCountedAndBadIdsRefused() {
        try (Database database = Database.open(MonitorDatabases.h2(home))) {
            long alice = MonitorDatabases.user(database, "alice");
            long bob = MonitorDatabases.user(database, "bob");
            var pool = database.dataSource();
            Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
            try (MonitorService monitor = new MonitorService(new MonitorService.Stores(new DeviceStore(pool, clock),
                    new SampleStore(pool), new AlarmStore(pool)), new DetectorSelection(new InstalledDetectors()),
                    MonitorSettings.DEFAULTS, clock, event -> {
                    })) {
                assertTrue(assertThrows(IllegalArgumentException.class, () -> monitor.claim(alice, "btr/+/x", "x"))
                        .getMessage().contains("device id"));
                assertTrue(assertThrows(IllegalArgumentException.class, () -> monitor.claim(alice, "n1", " "))
                        .getMessage().contains("name"));
                assertInstanceOf(DeviceStore.ClaimResult.Claimed.class, monitor.claim(alice, "n1", "cell 1"));
                assertInstanceOf(DeviceStore.ClaimResult.TakenByAnotherUser.class, monitor.claim(bob, "n1", "mine"));

                for (int i = 0; i < 10; i++) {
                    monitor.onSample(sample("n1", i));
                    monitor.onSample(sample("nobody", i));
                }
                monitor.flush();

                assertEquals(Map.of("nobody", 10L), monitor.unclaimedSamples());
                long pk = monitor.stores().devices().find(alice, "n1").orElseThrow().id();
                assertEquals(10, monitor.stores().samples().series(pk, "n1", T0, T0, 100).getFirst().count());
                assertEquals(T0, monitor.stores().devices().find(alice, "n1").orElseThrow().lastSeen());
                assertTrue(monitor.stores().devices().owner("nobody").isEmpty());
            }
        }
    }

    private static SensorSample sample(String device, int i) {
        return new SensorSample(device, 500L * i, Map.of(Channels.TEMP_INTERNAL, 30.0), Map.of(), DeviceStatus.NORMAL);
    }
}
