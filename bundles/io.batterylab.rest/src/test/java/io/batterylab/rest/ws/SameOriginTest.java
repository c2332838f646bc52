package io.batterylab.rest.ws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {
    @Test
    void givenNoOrigin_thenAllowed_becauseTheClientIsNoBrowserPage() {
        assertTrue(SameOrigin.allows(null, false, "127.0.0.1", 8080));
    }

    @Test
    void givenThePagesOwnOrigin_thenAllowed_withDefaultPortsAndHostCaseAndIpv6Brackets() {
        assertTrue(SameOrigin.allows("http://127.0.0.1:8080", false, "127.0.0.1", 8080));
        assertTrue(SameOrigin.allows("http://LabServer", false, "labserver", 80));
        assertTrue(SameOrigin.allows("https://lab.example", true, "lab.example", 443));
        assertTrue(SameOrigin.allows("http://[::1]:8080", false, "::1", 8080));
    }

    @Test
    void givenAnotherSiteSchemePortOrAnOpaqueOrigin_thenRefused() {
        assertFalse(SameOrigin.allows("http://evil.example:8080", false, "127.0.0.1", 8080));
        assertFalse(SameOrigin.allows("http://127.0.0.1:9090", false, "127.0.0.1", 8080));
        assertFalse(SameOrigin.allows("http://lab.example", true, "lab.example", 443));
        assertFalse(SameOrigin.allows("null", false, "127.0.0.1", 8080));
        assertFalse(SameOrigin.allows("file://", false, "127.0.0.1", 8080));
        assertFalse(SameOrigin.allows("http://a b", false, "127.0.0.1", 8080));
    }
}
