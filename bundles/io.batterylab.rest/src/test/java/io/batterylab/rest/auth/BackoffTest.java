package io.batterylab.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(2, Duration.ofSeconds(3), Duration.ofSeconds(20), Duration.ofHours(1));

    @Test
    void givenFailures_whenBeyondTheFreeOnes_thenTheDelayDoublesUpToTheCap() {
        assertEquals(Duration.ZERO, backoff.delayAfter(0));
        assertEquals(Duration.ZERO, backoff.delayAfter(2));
        assertEquals(Duration.ofSeconds(3), backoff.delayAfter(3));
        assertEquals(Duration.ofSeconds(6), backoff.delayAfter(4));
        assertEquals(Duration.ofSeconds(12), backoff.delayAfter(5));
        assertEquals(Duration.ofSeconds(20), backoff.delayAfter(6));
        assertEquals(Duration.ofSeconds(20), backoff.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void givenACapBelowTheFirstDelayOrAMemoryShorterThanTheCap_thenRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(1, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(1, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }
}
