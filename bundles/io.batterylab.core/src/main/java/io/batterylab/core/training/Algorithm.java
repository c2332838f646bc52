package io.batterylab.core.training;

import io.batterylab.core.model.Target;
import io.batterylab.core.plugin.Plugin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A trainable predictor of RUL or PCL. Implementations are DS components in their own bundles; the
 * settings are a record whose components carry {@link io.batterylab.core.settings.Setting}.
 */
public interface Algorithm extends Plugin {
    /** Version of the implementation, stored with every model version. */
    String version();

    Set<Target> supportedTargets();

    /** The settings record type. */
    Class<? extends Record> settingsType();

    Record defaultSettings();

    /**
     * Trains on the data, reporting every epoch to the monitor and stopping within one batch of a
     * cancel request.
     *
     * @throws TrainingCanceledException when the monitor asked to stop
     */
    TrainedModel train(TrainingData data, Record settings, TrainingMonitor monitor);

    /**
     * Whether its models can predict h > 0 cycles ahead ({@link TrainedModel#predict(BatterySeries, int)}): the
     * horizon of a test job, {@link io.batterylab.core.testing.TestJobSpec}. A test job asking h > 0 of a model whose
     * algorithm cannot is refused at submit.
     */
    default boolean predictsAhead() {
        return false;
    }

    /** Loads a model that {@link TrainedModel#save(Path)} wrote, e.g. after a restart. */
    TrainedModel load(Path directory) throws IOException;
}
