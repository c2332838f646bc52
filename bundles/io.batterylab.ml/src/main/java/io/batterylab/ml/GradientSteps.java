package io.batterylab.ml;

import ai.djl.ndarray.NDManager;
import io.batterylab.core.training.TrainingMonitor;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a run trains with its task's {@link GradientStep} or records autograd: the task's step when it offers one,
 * {@code -D}{@value #PROPERTY} is not {@code false} and the step can start (its libtorch kernels are there). A step
 * that cannot start is reported once per process as a warning; the run then trains as before.
 */
final class GradientSteps {
    static final String PROPERTY = "batterylab.training.denseStep";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GradientSteps.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private GradientSteps() {
    }

    /** The started step, or null for autograd. */
    static GradientStep start(TrainingTask task, FusedAdam adam, NDManager manager, TrainingMonitor monitor,
            Properties system) {
        if ("false".equalsIgnoreCase(system.getProperty(PROPERTY, "").strip())) {
            return null;
        }
        GradientStep step = task.gradientStep().orElse(null);
        if (step == null) {
            return null;
        }
        try {
            step.start(adam::gradientOf, manager);
        } catch (IllegalStateException e) {
            step.close();
            if (WARNED.compareAndSet(false, true)) {
                LOG.warn("training records autograd instead of the dense step (-D{}): {}", PROPERTY, e.getMessage());
            }
            monitor.log("autograd step: the dense step cannot run here (" + e.getMessage() + ")");
            return null;
        }
        monitor.log(String.format(Locale.ROOT, "dense step: %d libtorch kernel calls per batch, no autograd (-D%s=false "
                + "records autograd)", step.callsPerStep(), PROPERTY));
        return step;
    }
}
