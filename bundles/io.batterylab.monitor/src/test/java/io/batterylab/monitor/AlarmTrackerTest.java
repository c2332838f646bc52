package io.batterylab.monitor;

import static io.batterylab.core.plugin.DeviceStatus.DANGER;
import static io.batterylab.core.plugin.DeviceStatus.NORMAL;
import static io.batterylab.core.plugin.DeviceStatus.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlarmTrackerTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private final AlarmTracker tracker = new AlarmTracker(Duration.ofSeconds(60));

    private static ModelVerdict verdict(DeviceStatus status, double risk) {
        return new ModelVerdict(status, risk, status == NORMAL ? List.of() : List.of("rise"));
    }

    @Test
    void givenTheModelLeavesNormal_thenAnAlarmIsRaisedOnceAndEscalatedWhenWorse() {
        AlarmChange.Raised raised = assertInstanceOf(AlarmChange.Raised.class,
                tracker.update(verdict(WARNING, 0.4), T0).orElseThrow());
        assertEquals(WARNING, raised.severity());
        assertEquals(List.of("rise"), raised.detectors());
        assertEquals(Optional.empty(), tracker.update(verdict(WARNING, 0.5), T0.plusSeconds(1)));
        assertEquals(DANGER, assertInstanceOf(AlarmChange.Escalated.class,
                tracker.update(verdict(DANGER, 0.9), T0.plusSeconds(2)).orElseThrow()).severity());
        assertEquals(Optional.empty(), tracker.update(verdict(WARNING, 0.5), T0.plusSeconds(3)));
    }

    @Test
    void givenTheModelBackToNormal_thenTheAlarmClearsOnlyAfterAWholeQuietPeriod() {
        tracker.update(verdict(DANGER, 1), T0);

        assertEquals(Optional.empty(), tracker.update(verdict(NORMAL, 0), T0.plusSeconds(10)));
        assertEquals(Optional.empty(), tracker.update(verdict(DANGER, 1), T0.plusSeconds(50)));
        assertEquals(Optional.empty(), tracker.update(verdict(NORMAL, 0), T0.plusSeconds(60)));
        assertTrue(tracker.open());
        assertInstanceOf(AlarmChange.Cleared.class, tracker.update(verdict(NORMAL, 0), T0.plusSeconds(120))
                .orElseThrow());
        assertFalse(tracker.open());
        assertInstanceOf(AlarmChange.Raised.class, tracker.update(verdict(WARNING, 0.4), T0.plusSeconds(130))
                .orElseThrow());
    }
}
