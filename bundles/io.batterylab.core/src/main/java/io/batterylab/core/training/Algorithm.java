package io.batterylab.core.training;

import io.batterylab.core.model.Target;
import io.batterylab.core.plugin.Plugin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A trainable predictor of RUL or PCL. Implementations are DS components in their own bundles; the
 * settings are a record whose components carry {@link io.batterylab.core.settings.Setting}.
 *
 * <p><b>Both targets.</b> A training job may ask for RUL, PCL or both ({@link io.batterylab.core.model.TargetChoice}).
 * With both, the algorithm trains the targets of {@link #supportedTargets()} that the job asked for, and how it does
 * so is {@link #bothTargets()}.
 */
public interface Algorithm extends Plugin {
    /** Version of the implementation, stored with every model version. */
    String version();

    Set<Target> supportedTargets();

    /** How a job asking for both targets is trained with an algorithm that supports both. */
    enum BothTargets {
        /**
         * One model per target, trained one after the other with the same settings on the same cells (first RUL, then
         * PCL), kept together as one model version; {@link TrainingData#target()} is the target of each model.
         */
        MODEL_PER_TARGET
    }

    /**
     * How this algorithm trains both targets. Today every algorithm trains a model per target: a network with two
     * outputs would need a training contract that carries two targets, which none of ours uses yet.
     */
    default BothTargets bothTargets() {
        return BothTargets.MODEL_PER_TARGET;
    }

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
