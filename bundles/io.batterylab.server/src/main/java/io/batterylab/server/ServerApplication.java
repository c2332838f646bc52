package io.batterylab.server;

import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.rest.RestServer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless BatteryLab server: loads the built-in cells on first start, starts the REST server over the same
 * services as the workbench, and serves until the framework is shut down (Ctrl+C / SIGTERM, or {@code stop} in the
 * OSGi console).
 */
public final class ServerApplication implements IApplication {
    private static final Logger LOG = LoggerFactory.getLogger(ServerApplication.class);
    private static final long SERVICE_WAIT_SECONDS = 60;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(ServerApplication.class).getBundleContext();
        BuiltInDataService builtIn = await(bundles, BuiltInDataService.class);
        RestServer rest = await(bundles, RestServer.class);

        int inserted = builtIn.ensureLoaded((done, total, message) -> {
            if (done == total || done % 20 == 0) {
                LOG.info("Built-in data: {}/{} {}", done, total, message);
            }
        });
        if (inserted > 0) {
            LOG.info("Loaded {} built-in (synthetic) cells into the database", inserted);
        }
        rest.start();
        LOG.info("BatteryLab REST server ready: {}/api (browsable: {}/api/docs)", rest.baseUrl(), rest.baseUrl());
        context.applicationRunning();
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "batterylab-server-shutdown"));
        stopped.await();
        rest.stop();
        return IApplication.EXIT_OK;
    }

    @Override
    public void stop() {
        stopped.countDown();
    }

    private static <T> T await(BundleContext bundles, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " did not start within " + SERVICE_WAIT_SECONDS
                    + " s; is the database reachable? See the log above.");
        }
        return service;
    }
}
