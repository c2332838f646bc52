package io.batterylab.test.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for DS services in the running framework (OSGi test bundles only), as a client bundle would see
 * them. Lazy activation starts this bundle when the class loads, so its own context is there to ask.
 */
public final class Services {
    private static final long TIMEOUT_MILLIS = 30_000;

    private Services() {
    }

    public static <T> T await(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TIMEOUT_MILLIS);
        assertNotNull(service, type.getSimpleName() + " service did not appear within " + TIMEOUT_MILLIS / 1000 + " s");
        return service;
    }

    /** What {@code lookup} finds once it finds something (e.g. a plugin in a registry, which follows services). */
    public static <T> T awaitFound(Supplier<Optional<T>> lookup, String what) throws InterruptedException {
        awaitTrue(() -> lookup.get().isPresent(), what);
        return lookup.get().orElseThrow();
    }

    /** Returns once the condition holds; fails naming {@code what} after the timeout. */
    public static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail(what + " did not happen within " + TIMEOUT_MILLIS / 1000 + " s");
            }
            Thread.sleep(50);
        }
    }
}
