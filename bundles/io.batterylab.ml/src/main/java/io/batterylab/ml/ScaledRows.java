package io.batterylab.ml;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.TrainingData;
import java.util.List;

/**
 * The complete rows of a training selection and the scalers fitted on its training rows: where every built-in
 * algorithm starts. Inputs and target are standardised on the training rows only, never on validation or test rows.
 */
public record ScaledRows(Target target, List<Feature> features, CycleRows train, CycleRows validation,
        StandardScaler inputScaler, StandardScaler targetScaler) {

    /** @throws IllegalArgumentException when no training row has all selected features and the target */
    public static ScaledRows of(TrainingData data) {
        CycleRows train = CycleRows.of(data.train(), data.features(), data.target());
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training row has all selected features and the target");
        }
        CycleRows validation = CycleRows.of(data.validation(), data.features(), data.target());
        return new ScaledRows(data.target(), List.copyOf(data.features()), train, validation,
                StandardScaler.fit(train.inputs()), StandardScaler.fit(train.targets()));
    }

    /** Scaled training inputs, row after row. */
    public float[] trainInputs() {
        return inputScaler.transformFlat(train.inputs());
    }

    /** Scaled training targets. */
    public float[] trainTargets() {
        return SupervisedTask.scaledTargets(train.targets(), targetScaler);
    }

    /** Plain supervised regression of one row to its target by {@code block}, validated on the validation rows. */
    public SupervisedTask supervisedTask(Block block, NDManager manager) {
        return supervisedTask(block, manager, trainInputs(), trainTargets());
    }

    /**
     * As {@link #supervisedTask(Block, NDManager)} on training arrays the caller has scaled already (with
     * {@link #trainInputs()} and {@link #trainTargets()}) and uses itself too.
     */
    public SupervisedTask supervisedTask(Block block, NDManager manager, float[] inputs, float[] targets) {
        return new SupervisedTask(block, manager, new Shape(inputScaler.columns()), inputs, targets,
                inputScaler.transformFlat(validation.inputs()), validation.targets(), targetScaler);
    }
}
