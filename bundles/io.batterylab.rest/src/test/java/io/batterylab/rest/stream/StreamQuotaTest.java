package io.batterylab.rest.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.rest.http.ApiException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StreamQuotaTest {
    private final StreamQuota quota = new StreamQuota(new StreamLimits(2, 3, 1024, Duration.ofSeconds(1)));

    @Test
    void givenUserAtTheLimit_whenOpeningOneMore_then429NamesThePerUserLimitAndOthersAreServed() {
        quota.acquire(1, "10.0.0.1");
        quota.acquire(1, "10.0.0.2");

        ApiException refused = assertThrows(ApiException.class, () -> quota.acquire(1, "10.0.0.3"));

        assertEquals(429, refused.status());
        assertEquals("too_many_streams", refused.code());
        assertTrue(refused.getMessage().contains("one user"), refused.getMessage());
        assertEquals(2, refused.details().get("limit"));
        quota.acquire(2, "10.0.0.1");
        assertEquals(2, quota.ofUser(1));
    }

    @Test
    void givenAddressAtTheLimit_whenAnotherUserOpensFromIt_then429NamesTheAddress() {
        quota.acquire(1, "10.0.0.1");
        quota.acquire(2, "10.0.0.1");
        quota.acquire(3, "10.0.0.1");

        ApiException refused = assertThrows(ApiException.class, () -> quota.acquire(4, "10.0.0.1"));

        assertTrue(refused.getMessage().contains("10.0.0.1"), refused.getMessage());
        assertEquals(3, refused.details().get("limit"));
        quota.acquire(4, "10.0.0.2");
        assertEquals(0, quota.ofUser(5), "a refused stream is not counted");
    }

    @Test
    void givenStreamsReleased_thenTheirPlacesAreFreeAgain() {
        quota.acquire(1, "10.0.0.1");
        quota.acquire(1, "10.0.0.1");

        quota.release(1, "10.0.0.1");
        quota.acquire(1, "10.0.0.1");
        quota.release(1, "10.0.0.1");
        quota.release(1, "10.0.0.1");

        assertEquals(0, quota.ofUser(1));
        quota.acquire(2, "10.0.0.1");
        quota.acquire(2, "10.0.0.1");
        quota.acquire(3, "10.0.0.1");
    }
}
