package io.batterylab.rest.auth;

import java.time.Duration;

/**
 * How failed logins counted under one key turn into a wait: a few free tries, then a delay that doubles with each
 * further failure up to a cap. The count is forgotten after a quiet period with no failure.
 */
public record Backoff(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
    public Backoff {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0
                || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("a backoff needs 0 <= free failures, first delay <= max delay"
                    + " <= forget-after: " + freeFailures + ", " + firstDelay + ", " + maxDelay + ", " + forgetAfter);
        }
    }

    /** @return how long after the last of {@code failures} failures the next try is allowed */
    public Duration delayAfter(int failures) {
        int beyondFree = failures - freeFailures;
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        // Doubling 2^62 times overflows long nanoseconds long before that; the cap is reached first.
        int doublings = Math.min(beyondFree - 1, 40);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
