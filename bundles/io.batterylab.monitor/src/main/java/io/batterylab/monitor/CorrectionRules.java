package io.batterylab.monitor;

import java.time.Duration;

/**
 * The hysteresis of corrections.
 *
 * @param persistWindows a disagreement must hold for this many consecutive windows before it is corrected
 * @param minInterval no correction of a device within this time of its previous one
 * @param repeatHold the same command is not sent to a device again within this time (a latched node stays DANGER
 *        after {@code danger} until its button is pressed; resending cannot change that)
 */
public record CorrectionRules(int persistWindows, Duration minInterval, Duration repeatHold) {
    /** 3 s of disagreement at 2 Hz, at most one correction a minute, the same one at most every 15 minutes. */
    public static final CorrectionRules DEFAULTS = new CorrectionRules(6, Duration.ofMinutes(1),
            Duration.ofMinutes(15));

    public CorrectionRules {
        if (persistWindows < 1) {
            throw new IllegalArgumentException("persistWindows must be at least 1, got " + persistWindows);
        }
        if (minInterval.isNegative() || repeatHold.isNegative()) {
            throw new IllegalArgumentException("hold times must not be negative");
        }
    }
}
