package io.batterylab.ui.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.MonitoredDevice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceRowTest {
    private static final Instant T0 = Instant.parse("2026-11-30T21:00:00Z");
    private static final MonitoredDevice NEVER_SEEN = new MonitoredDevice(1, 7, "cell-60", "rack A", List.of("rise"),
            T0, null, null, null, Double.NaN);

    @Test
    void givenANeverSeenDevice_thenItIsStaleAndSaysNever() {
        DeviceRow row = DeviceRow.of(NEVER_SEEN);

        assertTrue(row.stale(T0));
        assertEquals("never", row.lastSeenText(T0));
        assertEquals(null, row.worst());
    }

    @Test
    void givenADeletedModel_thenTheDetectorsColumnSaysWhatRunsInstead_andALiveSampleKeepsIt() {
        DeviceRow row = DeviceRow.of(NEVER_SEEN, List.of("model:3 cannot run: detector model #3 was deleted; the "
                + "threshold detector runs instead")).with(sample(T0, DeviceStatus.NORMAL, null, Double.NaN));

        assertEquals("rise ⚠ model:3 cannot run: detector model #3 was deleted; the threshold detector runs instead",
                row.detectorsText());
        assertEquals("rise", DeviceRow.of(NEVER_SEEN).detectorsText());
    }

    @Test
    void givenASample_whenTimePasses_thenFreshThenStaleAfterFiveSeconds() {
        DeviceRow row = DeviceRow.of(NEVER_SEEN).with(sample(T0, DeviceStatus.NORMAL, null, Double.NaN));

        assertFalse(row.stale(T0.plusSeconds(5)));
        assertEquals("5 s ago", row.lastSeenText(T0.plusSeconds(5)));
        assertTrue(row.stale(T0.plusSeconds(6)));
        assertEquals("STALE — 3 min ago", row.lastSeenText(T0.plusSeconds(200)));
    }

    @Test
    void givenTheNodeSaysNormalAndTheDetectorsDanger_thenTheyDisagreeAndTheWorstIsDanger() {
        DeviceRow row = DeviceRow.of(NEVER_SEEN).with(sample(T0, DeviceStatus.NORMAL, DeviceStatus.DANGER, 0.9));

        assertTrue(row.disagrees());
        assertEquals(DeviceStatus.DANGER, row.worst());
        assertEquals(0.9, row.risk());
    }

    @Test
    void givenASampleWithoutVerdict_thenTheLastVerdictStays_andAnOlderSampleChangesNothing() {
        DeviceRow row = DeviceRow.of(NEVER_SEEN).with(sample(T0, DeviceStatus.WARNING, DeviceStatus.WARNING, 0.5))
                .with(sample(T0.plusSeconds(1), DeviceStatus.WARNING, null, Double.NaN));

        assertEquals(DeviceStatus.WARNING, row.modelStatus());
        assertEquals(0.5, row.risk());
        assertEquals(row, row.with(sample(T0, DeviceStatus.DANGER, DeviceStatus.DANGER, 1)));
    }

    private static LiveEvent.Sample sample(Instant at, DeviceStatus node, DeviceStatus model, double risk) {
        return new LiveEvent.Sample("cell-60", at, node, model, risk, Map.of("temp_internal_c", 30.0));
    }
}
