package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import io.batterylab.core.training.Metrics;
import java.util.List;
import java.util.Optional;

/** What one algorithm gives the shared {@link TrainingLoop}: its rows, its parameters, its loss and its validation. */
public interface TrainingTask {
    /** Number of training rows (or windows) that batches are drawn from. */
    int trainingRows();

    /** The parameters the optimiser updates. */
    List<Parameter> parameters();

    /**
     * The scalar loss of the given training rows, computed while gradients are recorded. Create the batch's arrays
     * in {@code batch} and start expressions with them, so that results land in that manager and are freed with it.
     */
    NDArray batchLoss(NDManager batch, int[] rows);

    /**
     * A step that computes {@link #batchLoss}'s value and its gradients without autograd, or empty (the default):
     * the loop then records {@code batchLoss} and runs the backward pass. A new step for each call (one per run).
     */
    default Optional<GradientStep> gradientStep() {
        return Optional.empty();
    }

    /** Loss and metrics (target units) on the validation cells, or null when there are none. */
    Validation validate();

    /**
     * @param loss the model's loss on the validation data (data term only for physics-informed models)
     * @param metrics in target units
     */
    record Validation(double loss, Metrics metrics) {
        /** Metrics of the predictions; the loss is their mean squared error in the scaled units the model learns in. */
        public static Validation of(double[] truth, double[] predicted, StandardScaler targetScaler) {
            Metrics metrics = Metrics.of(truth, predicted);
            double scale = targetScaler.scale()[0];
            return new Validation(metrics.mse() / (scale * scale), metrics);
        }
    }
}
