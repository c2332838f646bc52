package io.batterylab.test.support;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** What a test does when something real it needs is missing: skip, visibly, or fail when {@code CI=true}. */
public final class Unavailable {
    private Unavailable() {
    }

    /** Never returns normally: aborts the test with the message (skipped), or fails it on CI. */
    public static <T> T skipOrFail(String message) {
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message + "; test skipped");
        throw new AssertionError("unreachable");
    }
}
