package io.batterylab.algorithm.deephpm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.Autograd;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.StandardScaler;
import io.batterylab.ml.SupervisedTask;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The optimised DeepHPM step (first-layer shortcuts, fewer operations per jet rule; issue 16) against the
 * straightforward one it replaced ({@link StraightforwardJet}): the same physics residuals on fixed weights, and the
 * same loss every epoch and the same weights after training a small fixed problem through the shared loop.
 */
class DeepHpmStepEqualityTest {
    private static final int FEATURES = 2;
    private static final int ROWS = 96;
    private static final TrainingOptions OPTIONS = new TrainingOptions(8, 5e-3, 32, 4);

    @ParameterizedTest
    @EnumSource(DynamicalInputs.class)
    void givenFixedWeightsWhenResidualsComputedBothWaysThenEqualInDoublePrecision(DynamicalInputs g) {
        try (NDManager manager = DjlRuntime.newManager(); Autograd noGraph = Autograd.inference()) {
            DeepHpmNetwork network = DeepHpmDerivativesTest.network(manager, DataType.FLOAT64, g);
            Jet.Constants constants = Jet.Constants.of(manager, DataType.FLOAT64);
            NDArray x = manager.create(DeepHpmDerivativesTest.inputs(), new Shape(5, FEATURES + 1));
            DeepHpmNetwork.Residuals optimised = network.residuals(x, constants);
            DeepHpmNetwork.Residuals reference = StraightforwardJet.residuals(network, x, constants);
            List<Function<DeepHpmNetwork.Residuals, NDArray>> parts = List.of(DeepHpmNetwork.Residuals::u,
                    DeepHpmNetwork.Residuals::ut, DeepHpmNetwork.Residuals::f, DeepHpmNetwork.Residuals::ft);
            String[] names = { "u", "du/dt", "F", "dF/dt" };
            for (int p = 0; p < parts.size(); p++) {
                double[] want = parts.get(p).apply(reference).toDoubleArray();
                double[] got = parts.get(p).apply(optimised).toDoubleArray();
                assertEquals(5, got.length, names[p] + " has one value per row");
                for (int row = 0; row < want.length; row++) {
                    assertEquals(want[row], got[row], 1e-12 * Math.max(1, Math.abs(want[row])), g + " " + names[p] + " row " + row);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DynamicalInputs.class, names = { "S_T_U", "T_U_US", "S_T" })
    void givenSmallFixedProblemWhenTrainedWithBothStepsThenSameLossEveryEpochAndSameWeights(DynamicalInputs g) {
        for (LossMode mode : LossMode.values()) {
            try (NDManager optimisedManager = DjlRuntime.newManager(); NDManager referenceManager = DjlRuntime.newManager()) {
                DeepHpmNetwork optimised = DeepHpmDerivativesTest.network(optimisedManager, DataType.FLOAT32, g);
                DeepHpmNetwork reference = DeepHpmDerivativesTest.network(referenceManager, DataType.FLOAT32, g);
                List<Double> optimisedLosses = train(optimised, mode, optimisedManager, DeepHpmTask.OPTIMISED);
                List<Double> referenceLosses = train(reference, mode, referenceManager, StraightforwardJet.RULES);

                assertEquals(OPTIONS.epochs(), optimisedLosses.size());
                for (int epoch = 0; epoch < OPTIONS.epochs(); epoch++) {
                    assertEquals(referenceLosses.get(epoch), optimisedLosses.get(epoch), 1e-5 * referenceLosses.get(epoch),
                            g + " " + mode + " epoch " + (epoch + 1));
                }
                assertTrue(referenceLosses.get(OPTIONS.epochs() - 1) < 0.7 * referenceLosses.get(0),
                        "the problem must train at all: " + referenceLosses);
                List<Parameter> want = reference.getParameters().values();
                List<Parameter> got = optimised.getParameters().values();
                for (int p = 0; p < want.size(); p++) {
                    float[] w = want.get(p).getArray().toFloatArray();
                    float[] o = got.get(p).getArray().toFloatArray();
                    for (int i = 0; i < w.length; i++) {
                        assertEquals(w[i], o[i], 1e-4, g + " " + mode + " " + want.get(p).getName() + "[" + i + "]");
                    }
                }
            }
        }
    }

    private static List<Double> train(DeepHpmNetwork network, LossMode mode, NDManager manager, DeepHpmTask.Rules rules) {
        float[][] problem = problem();
        float[] x = problem[0];
        float[] y = problem[1];
        SupervisedTask dataOnly = new SupervisedTask(network, manager, new Shape(FEATURES + 1), x, y, new float[0],
                new double[0], StandardScaler.fit(new double[] { 0, 1 }));
        DeepHpmTask task = new DeepHpmTask(network, mode, FEATURES + 1, x, y, dataOnly, rules);
        List<Double> losses = new ArrayList<>();
        TrainingLoop.run(task, OPTIONS, manager, TrainingMonitor.onEpoch(m -> losses.add(m.loss())));
        return losses;
    }

    /** Rows (s1, s2, t) with a target that fades with t at a rate set by s1: u = -exp(0.5 s1) t + 0.2 s2. */
    private static float[][] problem() {
        Random random = new Random(9);
        float[] x = new float[ROWS * (FEATURES + 1)];
        float[] y = new float[ROWS];
        for (int row = 0; row < ROWS; row++) {
            float s1 = (float) random.nextGaussian();
            float s2 = (float) random.nextGaussian();
            float t = 2 * random.nextFloat() - 1;
            x[row * 3] = s1;
            x[row * 3 + 1] = s2;
            x[row * 3 + 2] = t;
            y[row] = (float) (-Math.exp(0.5 * s1) * t + 0.2 * s2);
        }
        return new float[][] { x, y };
    }
}
