package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One device's alarm, as ThingsBoard users know it: raised with a severity when the model leaves NORMAL, escalated
 * when it gets worse, cleared once the model has said NORMAL for the whole quiet period (a noisy trace keeps one
 * alarm open instead of raising many). Not thread-safe: one per device.
 */
public final class AlarmTracker {
    private final Duration quietPeriod;
    private DeviceStatus openSeverity;
    private Instant quietSince;

    public AlarmTracker(Duration quietPeriod) {
        this.quietPeriod = quietPeriod;
    }

    /**
     * Takes over an alarm still open in the store (after a restart of the monitor, or a new choice of detectors): a
     * verdict as severe does not raise it again, a worse one escalates it, a quiet period clears it.
     */
    public void resume(DeviceStatus severity) {
        openSeverity = severity;
        quietSince = null;
    }

    public Optional<AlarmChange> update(ModelVerdict verdict, Instant now) {
        if (verdict.status() != DeviceStatus.NORMAL) {
            quietSince = null;
            if (openSeverity == null) {
                openSeverity = verdict.status();
                return Optional.of(new AlarmChange.Raised(verdict.status(), verdict.risk(), verdict.alarmingDetectors()));
            }
            if (verdict.status().compareTo(openSeverity) > 0) {
                openSeverity = verdict.status();
                return Optional.of(new AlarmChange.Escalated(verdict.status(), verdict.risk(),
                        verdict.alarmingDetectors()));
            }
            return Optional.empty();
        }
        if (openSeverity == null) {
            return Optional.empty();
        }
        if (quietSince == null) {
            quietSince = now;
        }
        if (!now.isBefore(quietSince.plus(quietPeriod))) {
            openSeverity = null;
            quietSince = null;
            return Optional.of(new AlarmChange.Cleared());
        }
        return Optional.empty();
    }

    public boolean open() {
        return openSeverity != null;
    }
}
