package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MalformedPayloadsTest {
    @Test
    void givenAFloodFromOneDevice_whenRecorded_thenAllAreCountedButOneLineIsLoggedPerInterval() {
        AtomicLong nanos = new AtomicLong();
        MalformedPayloads malformed = new MalformedPayloads(60_000, nanos::get);
        int logged = 0;
        for (int i = 0; i < 3000; i++) {
            nanos.addAndGet(10_000_000); // 100 per second for 30 s
            logged += malformed.record("n1", "not JSON") ? 1 : 0;
        }

        assertEquals(3000, malformed.count("n1"));
        assertEquals(1, logged);
        nanos.addAndGet(60_000_000_000L);
        assertTrue(malformed.record("n1", "not JSON"));
    }

    @Test
    void givenTwoDevices_whenRecorded_thenEachIsCountedAndLoggedOnItsOwn() {
        MalformedPayloads malformed = new MalformedPayloads(60_000, () -> 0L);

        assertTrue(malformed.record("n1", "x"));
        assertTrue(malformed.record("n2", "x"));
        assertFalse(malformed.record("n2", "x"));

        assertEquals(1, malformed.count("n1"));
        assertEquals(2, malformed.count("n2"));
        assertEquals(3, malformed.total());
        assertEquals(0, malformed.count("n3"));
    }
}
