package io.batterylab.ml;

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
    public SupervisedTask supervisedTask(ai.djl.nn.Block block, ai.djl.ndarray.NDManager manager) {
        return new SupervisedTask(block, manager, new ai.djl.ndarray.types.Shape(inputScaler.columns()), trainInputs(),
                trainTargets(), inputScaler.transformFlat(validation.inputs()), validation.targets(), targetScaler);
    }
}
