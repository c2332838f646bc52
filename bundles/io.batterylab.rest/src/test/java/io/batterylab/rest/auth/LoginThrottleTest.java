package io.batterylab.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.rest.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(5), clock);

    @Test
    void givenFailuresUpToTheLimit_thenTheNameIsBlockedUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.waitBeforeTry("Alice", "10.0.0.1"));
            throttle.failed("alice", "10.0.0.1");
            clock.advance(Duration.ofSeconds(60));
        }

        assertEquals(Duration.ofMinutes(2), throttle.waitBeforeTry("ALICE", "10.0.0.2"), "any address, any case");
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("bob", "10.0.0.2"), "other names are not affected");
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("alice", "10.0.0.1"));
    }

    @Test
    void givenManyNamesFromOneAddress_thenTheAddressIsBlocked() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }

        assertTrue(throttle.waitBeforeTry("fresh-name", "10.0.0.9").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("fresh-name", "10.0.0.8"));
    }

    @Test
    void givenSuccess_thenTheNamesFailuresAreForgiven() {
        throttle.failed("carol", "a");
        throttle.failed("carol", "a");
        throttle.succeeded("carol");
        throttle.failed("carol", "a");
        throttle.failed("carol", "a");

        assertEquals(Duration.ZERO, throttle.waitBeforeTry("carol", "b"));
    }
}
