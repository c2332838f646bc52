package io.batterylab.detection.cli;

import io.batterylab.core.detection.DetectorRegistry;
import java.util.List;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The Equinox application behind {@code batterylab-detect}: gets the detector registry and runs {@link DetectCommand}. */
public final class DetectApplication implements IApplication {
    private static final long SERVICE_WAIT_MILLIS = 60_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        BundleContext bundles = FrameworkUtil.getBundle(DetectApplication.class).getBundleContext();
        ServiceTracker<DetectorRegistry, DetectorRegistry> tracker = new ServiceTracker<>(bundles,
                DetectorRegistry.class, null);
        tracker.open();
        DetectorRegistry registry = tracker.waitForService(SERVICE_WAIT_MILLIS);
        // the command's output is its user interface: it goes to standard output
        if (registry == null) {
            System.out.println("error: BatteryLab did not start: the detector registry is not available");
            return DetectCommand.NOT_STARTED;
        }
        try {
            return new DetectCommand(registry.all(), System.out).run(List.of(args));
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
    }
}
