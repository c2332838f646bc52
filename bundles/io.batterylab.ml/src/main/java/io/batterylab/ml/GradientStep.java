package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.function.Function;

/**
 * A training step that computes a batch's loss and the parameters' gradients itself, instead of the shared loop
 * recording the batch's operations and running autograd's backward pass ({@link TrainingTask#gradientStep()}).
 * Its gradients must be those autograd would give; the loop's optimiser then steps as always.
 */
public interface GradientStep extends AutoCloseable {
    /**
     * Prepares the run, once, after the optimiser has placed the parameters (their arrays are final now).
     *
     * @param gradientOf the array (shaped like the parameter) into which a parameter's gradient is to be written, or
     *     null for a parameter the optimiser does not train
     * @param manager owns what the step allocates for the run
     * @throws IllegalStateException when the step cannot run here (e.g. the libtorch lacks a kernel it calls); the
     *     loop then records the task's {@link TrainingTask#batchLoss} for autograd instead
     */
    void start(Function<Parameter, NDArray> gradientOf, NDManager manager);

    /** The batch's loss; every parameter's gradient for this batch is written (not added) where {@link #start} said. */
    float step(int[] rows);

    /** Native calls per step, for the run's log. */
    int callsPerStep();

    /** Frees what {@link #start} allocated. */
    @Override
    void close();
}
