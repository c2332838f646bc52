package io.batterylab.algorithm.bilstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.StandardScaler;
import io.batterylab.ml.SupervisedTask;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BiLSTM's last-step shortcut (the top layer's reverse direction runs one step, issue 16) against the whole
 * stack over the whole window: the same output, and the same training on a small fixed problem.
 */
class BiLstmLastStepTest {
    private static final int WINDOW = 6;
    private static final int INPUTS = 3;
    private static final int HIDDEN = 8;

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void givenRandomWeightsWhenTakingTheLastStepThenItIsTheWholeStacksLastOutput(int layers) {
        try (NDManager manager = DjlRuntime.newManager()) {
            LibtorchOrderLstm lstm = LibtorchOrderLstm.builder().setStateSize(HIDDEN).setNumLayers(layers)
                    .optBidirectional(true).optBatchFirst(true).build();
            lstm.setInitializer(SeededInitializer.uniform(3, 0.5), Parameter.Type.WEIGHT);
            lstm.setInitializer(SeededInitializer.uniform(4, 0.5), Parameter.Type.BIAS);
            Shape shape = new Shape(5, WINDOW, INPUTS);
            lstm.initialize(manager, DataType.FLOAT32, shape);
            NDArray x = manager.randomNormal(shape);
            ParameterStore store = new ParameterStore(manager, false);

            float[] whole = lstm.forward(store, new NDList(x), false).head().get(":, -1, :").toFloatArray();
            float[] last = lstm.lastStep(store, x, false).toFloatArray();

            assertEquals(5 * 2 * HIDDEN, last.length);
            for (int i = 0; i < whole.length; i++) {
                assertEquals(whole[i], last[i], 1e-6, "element " + i);
            }
        }
    }

    @Test
    void givenSameWeightsWhenTrainedWithAndWithoutTheShortcutThenSameLossEveryEpochAndSameWeights() {
        TrainingOptions options = new TrainingOptions(8, 0.01, 32, 5);
        try (NDManager fastManager = DjlRuntime.newManager(); NDManager plainManager = DjlRuntime.newManager()) {
            BiLstmNetwork fast = new BiLstmNetwork(2, HIDDEN);
            BiLstmNetwork plain = new BiLstmNetwork(2, HIDDEN, false);
            initialize(fast, fastManager);
            initialize(plain, plainManager);
            Problem problem = Problem.of(200);

            List<Double> fastLosses = train(fast, fastManager, problem, options);
            List<Double> plainLosses = train(plain, plainManager, problem, options);

            assertEquals(options.epochs(), fastLosses.size());
            for (int epoch = 0; epoch < options.epochs(); epoch++) {
                assertEquals(plainLosses.get(epoch), fastLosses.get(epoch), 1e-5 * plainLosses.get(epoch),
                        "epoch " + (epoch + 1));
            }
            assertTrue(plainLosses.get(options.epochs() - 1) < plainLosses.get(0) / 2, "the problem must train at all");
            var fastParameters = fast.getParameters();
            var plainParameters = plain.getParameters();
            for (int p = 0; p < fastParameters.size(); p++) {
                assertEquals(plainParameters.get(p).getKey(), fastParameters.get(p).getKey());
                float[] a = plainParameters.get(p).getValue().getArray().toFloatArray();
                float[] b = fastParameters.get(p).getValue().getArray().toFloatArray();
                for (int i = 0; i < a.length; i++) {
                    assertEquals(a[i], b[i], 1e-4, plainParameters.get(p).getKey() + "[" + i + "]");
                }
            }
        }
    }

    private static void initialize(AbstractBlock network, NDManager manager) {
        SeededInitializer init = SeededInitializer.uniform(1, 1 / Math.sqrt(HIDDEN));
        network.setInitializer(init, Parameter.Type.WEIGHT);
        network.setInitializer(init, Parameter.Type.BIAS);
        network.initialize(manager, DataType.FLOAT32, new Shape(1, WINDOW, INPUTS));
    }

    private static List<Double> train(AbstractBlock network, NDManager manager, Problem problem,
            TrainingOptions options) {
        List<Double> losses = new ArrayList<>();
        SupervisedTask task = new SupervisedTask(network, manager, new Shape(WINDOW, INPUTS), problem.x(), problem.y(),
                new float[0], new double[0], StandardScaler.fit(new double[] { 0, 1 }));
        TrainingLoop.run(task, options, manager, TrainingMonitor.onEpoch(metrics -> losses.add(metrics.loss())));
        return losses;
    }

    /** Windows of a noisy sine whose target is the next value: learnable by a small LSTM in a few epochs. */
    private record Problem(float[] x, float[] y) {
        static Problem of(int rows) {
            Random random = new Random(11);
            float[] x = new float[rows * WINDOW * INPUTS];
            float[] y = new float[rows];
            for (int r = 0; r < rows; r++) {
                double phase = random.nextDouble() * 2 * Math.PI;
                for (int t = 0; t < WINDOW; t++) {
                    for (int c = 0; c < INPUTS; c++) {
                        x[(r * WINDOW + t) * INPUTS + c] = (float) (Math.sin(phase + 0.4 * t + c) + 0.05 * random.nextGaussian());
                    }
                }
                y[r] = (float) (2 * Math.sin(phase + 0.4 * WINDOW));
            }
            return new Problem(x, y);
        }
    }
}
