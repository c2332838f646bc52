package io.batterylab.algorithm.deephpm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import io.batterylab.ml.Autograd;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.StandardScaler;
import io.batterylab.ml.SupervisedTask;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What one DeepHPM training step costs in native arrays (each is one libtorch operation with its autograd node; for
 * arrays of 256 x 64 their overhead is the cost, issue 16), and that none of them outlives the batch.
 */
class DeepHpmStepArraysTest {
    private static final int FEATURES = 3;
    private static final int ROWS = 256;

    @Test
    void givenOneBatchWhenLossBuiltThenOptimisedStepNeedsFewerArraysAQuarterFewerWithTimeAsTheOnlyDirection() {
        StringBuilder counts = new StringBuilder();
        boolean fewer = true;
        for (LossMode mode : LossMode.values()) {
            for (DynamicalInputs g : DynamicalInputs.values()) {
                int optimised = arraysOfOneStep(g, mode, DeepHpmTask.OPTIMISED);
                int reference = arraysOfOneStep(g, mode, StraightforwardJet.RULES);
                counts.append(String.format(" %s %s %d/%d;", g, mode, optimised, reference));
                // with du/ds among G's inputs the surrogate carries k + 1 directions, and those lanes cost the same
                fewer &= optimised <= (g.us ? 0.85 : 0.75) * reference;
            }
        }
        assertTrue(fewer, "arrays of one step, optimised/straightforward:" + counts);
    }

    /** Arrays made by one step's forward pass; checks that the model's manager holds as many after the step as before. */
    static int arraysOfOneStep(DynamicalInputs g, LossMode mode, DeepHpmTask.Rules rules) {
        try (NDManager manager = DjlRuntime.newManager()) {
            DeepHpmNetwork network = new DeepHpmNetwork(FEATURES, 2, 64, g, 0, 1);
            network.setInitializer(SeededInitializer.xavier(1), Parameter.Type.WEIGHT);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, FEATURES + 1));
            Random random = new Random(2);
            float[] x = new float[ROWS * (FEATURES + 1)];
            float[] y = new float[ROWS];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextGaussian();
            }
            SupervisedTask dataOnly = new SupervisedTask(network, manager, new Shape(FEATURES + 1), x, y, new float[0],
                    new double[0], StandardScaler.fit(new double[] { 0, 1 }));
            DeepHpmTask task = new DeepHpmTask(network, mode, FEATURES + 1, x, y, dataOnly, rules);
            int[] rows = new int[ROWS];
            for (int i = 0; i < ROWS; i++) {
                rows[i] = i;
            }
            int modelArrays = manager.getManagedArrays().size();
            int made;
            try (NDManager batch = manager.newSubManager(); Autograd recording = Autograd.training()) {
                recording.backward(task.batchLoss(batch, rows));
                made = batch.getManagedArrays().size();
            }
            // backward writes gradients into the parameters; no array of the step may stay with the model
            assertEquals(modelArrays, manager.getManagedArrays().size(), g + " " + mode + ": arrays left with the model");
            return made;
        }
    }
}
