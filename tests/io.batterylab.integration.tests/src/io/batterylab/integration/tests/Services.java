package io.batterylab.integration.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for DS services in the running framework, as a client bundle would see them. */
final class Services {
    private Services() {
    }

    static <T> T await(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(20_000);
        assertNotNull(service, type.getSimpleName() + " service did not appear within 20 s");
        return service;
    }
}
