package io.batterylab.jobs.cli;

import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.UserService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import java.util.Arrays;
import java.util.List;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The Equinox application behind {@code batterylab-train}: gets the DS services and runs {@link TrainCommand}. */
public final class TrainApplication implements IApplication {
    private static final long SERVICE_WAIT_MILLIS = 60_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        BundleContext bundles = FrameworkUtil.getBundle(TrainApplication.class).getBundleContext();
        TrainCommand.Services services;
        try {
            services = new TrainCommand.Services(await(bundles, UserService.class),
                    await(bundles, BatteryService.class), await(bundles, AlgorithmRegistry.class),
                    await(bundles, TrainingJobService.class), await(bundles, ModelVersionService.class),
                    await(bundles, BuiltInDataService.class));
        } catch (IllegalStateException e) {
            // e.g. the database cannot be reached: its error was logged (on the console too) when storage failed
            System.out.println("error: BatteryLab did not start: " + e.getMessage());
            return TrainCommand.NOT_STARTED;
        }
        // the command's output is its user interface: progress goes to standard output
        return new TrainCommand(services, System.out, 1000).run(List.of(args), System.getenv());
    }

    @Override
    public void stop() {
    }

    static <T> T await(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(SERVICE_WAIT_MILLIS);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not available; installed bundles: "
                    + Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().startsWith("io.batterylab"))
                            .map(b -> b.getSymbolicName() + "=" + b.getState()).toList());
        }
        return service;
    }
}
