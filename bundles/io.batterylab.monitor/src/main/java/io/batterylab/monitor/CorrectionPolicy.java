package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When to correct one device, as the original {@code main.py} did — the device says DANGER but the model NORMAL:
 * send {@code normal}; the device says NORMAL or WARNING but the model DANGER: send {@code danger} — with
 * {@link CorrectionRules hysteresis} so that a noisy trace near a threshold does not make it flap. A model WARNING
 * corrects nothing. Not thread-safe: one per device.
 */
public final class CorrectionPolicy {
    private final CorrectionRules rules;
    private DeviceStatus pending;
    private int pendingWindows;
    private final Map<DeviceStatus, Instant> lastSentOf = new EnumMap<>(DeviceStatus.class);
    private Instant lastSentAt;

    public CorrectionPolicy(CorrectionRules rules) {
        this.rules = rules;
    }

    /** The command the main.py rule asks for, if any. */
    public static Optional<DeviceStatus> wanted(DeviceStatus device, DeviceStatus model) {
        if (device == DeviceStatus.DANGER && model == DeviceStatus.NORMAL) {
            return Optional.of(DeviceStatus.NORMAL);
        }
        if (device != DeviceStatus.DANGER && model == DeviceStatus.DANGER) {
            return Optional.of(DeviceStatus.DANGER);
        }
        return Optional.empty();
    }

    /** One window's statuses; the correction to send now, if any (it is then counted as sent). */
    public Optional<DeviceStatus> decide(DeviceStatus device, DeviceStatus model, Instant now) {
        Optional<DeviceStatus> wanted = wanted(device, model);
        if (wanted.isEmpty()) {
            pending = null;
            pendingWindows = 0;
            return Optional.empty();
        }
        if (wanted.get() != pending) {
            pending = wanted.get();
            pendingWindows = 0;
        }
        pendingWindows++;
        if (pendingWindows < rules.persistWindows() || held(pending, now)) {
            return Optional.empty();
        }
        sent(pending, now);
        return Optional.of(pending);
    }

    /** A command sent to the device by other means (a user's manual status) counts for the hold times too. */
    public void sent(DeviceStatus command, Instant at) {
        lastSentOf.put(command, at);
        lastSentAt = at;
        pendingWindows = 0;
    }

    private boolean held(DeviceStatus command, Instant now) {
        if (lastSentAt == null) {
            return false;
        }
        if (now.isBefore(lastSentAt.plus(rules.minInterval()))) {
            return true;
        }
        Instant sameBefore = lastSentOf.get(command);
        return sameBefore != null && now.isBefore(sameBefore.plus(rules.repeatHold()));
    }
}
