package io.batterylab.ui.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.Alarm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DangerWatchTest {
    private static final Instant T0 = Instant.parse("2026-11-30T21:00:00Z");

    @Test
    void givenANewDangerAlarm_thenItBeepsOnceAndShowsUntilAcknowledged() {
        DangerWatch watch = new DangerWatch();

        assertTrue(watch.update(change(1, Alarm.State.RAISED, DeviceStatus.DANGER)));
        assertFalse(watch.update(change(1, Alarm.State.RAISED, DeviceStatus.DANGER)), "no second beep");
        assertTrue(watch.anyOpen());
        assertEquals(Map.entry(1L, "cell-60"), watch.newest().orElseThrow());

        assertFalse(watch.update(change(1, Alarm.State.ACKNOWLEDGED, DeviceStatus.DANGER)));
        assertFalse(watch.anyOpen());
    }

    @Test
    void givenAWarningThatEscalatesToDanger_thenTheEscalationBeeps() {
        DangerWatch watch = new DangerWatch();

        assertFalse(watch.update(change(2, Alarm.State.RAISED, DeviceStatus.WARNING)));
        assertFalse(watch.anyOpen());
        assertTrue(watch.update(change(2, Alarm.State.RAISED, DeviceStatus.DANGER)));
    }

    @Test
    void givenStoredAlarms_whenLoaded_thenOpenDangerShowsWithoutBeepAndOthersDoNot() {
        DangerWatch watch = new DangerWatch();
        watch.load(List.of(alarm(3, DeviceStatus.DANGER, null), alarm(4, DeviceStatus.DANGER, T0),
                alarm(5, DeviceStatus.WARNING, null)));

        assertEquals(1, watch.openCount());
        assertEquals(3L, watch.newest().orElseThrow().getKey());
        assertFalse(watch.update(change(3, Alarm.State.RAISED, DeviceStatus.DANGER)), "known already: no beep");
    }

    @Test
    void givenAReloadedListWhereTheDangerIsAcknowledged_thenTheBannerGoesEvenBeforeItsEvent() {
        DangerWatch watch = new DangerWatch();
        watch.update(change(6, Alarm.State.RAISED, DeviceStatus.DANGER));

        watch.reconcile(List.of(alarm(7, DeviceStatus.DANGER, null), alarm(6, DeviceStatus.DANGER, T0)));

        assertEquals(7L, watch.newest().orElseThrow().getKey());
        assertTrue(watch.update(change(7, Alarm.State.RAISED, DeviceStatus.DANGER)), "not told of yet: beeps");
        watch.reconcile(List.of(alarm(7, DeviceStatus.DANGER, T0)));
        assertFalse(watch.anyOpen());
    }

    private static LiveEvent.AlarmChange change(long id, Alarm.State state, DeviceStatus severity) {
        return new LiveEvent.AlarmChange("cell-60", id, state, severity);
    }

    private static Alarm alarm(long id, DeviceStatus severity, Instant acknowledged) {
        return new Alarm(id, "cell-60", severity, List.of("rise"), 0.9, Map.of(), T0, acknowledged,
                acknowledged == null ? null : 7L, null);
    }
}
