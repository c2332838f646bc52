package io.batterylab.algorithm.deephpm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.StandardScaler;
import io.batterylab.ml.SupervisedTask;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import io.batterylab.ml.TrainingResources;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire runs *Test only): the optimised DeepHPM step against the straightforward one, epoch by
 * epoch in turns in one JVM, so that both see the same load (issue 16). SpeedBenchmark's shapes: 40 349 random rows of
 * 4 inputs, batch 256, 2 x 64, G(s, t, u), Sum.
 * {@code ./mvnw ... -pl ...,bundles/io.batterylab.algorithm.deephpm -Dtest=DeepHpmStepTiming -Dtiming.epochs=12}
 */
class DeepHpmStepTiming {
    private static final int ROWS = 40_349;
    private static final int FEATURES = 3;

    @Test
    void optimisedAgainstStraightforwardInTurns() {
        int epochs = Integer.getInteger("timing.epochs", 12);
        Random random = new Random(1);
        float[] x = new float[ROWS * (FEATURES + 1)];
        float[] y = new float[ROWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) random.nextGaussian();
        }
        double[] optimised = new double[epochs];
        double[] reference = new double[epochs];
        try (NDManager a = DjlRuntime.newManager(); NDManager b = DjlRuntime.newManager()) {
            DeepHpmTask fast = task(a, x, y, DeepHpmTask.OPTIMISED);
            DeepHpmTask plain = task(b, x, y, StraightforwardJet.RULES);
            for (int epoch = 0; epoch < epochs; epoch++) {
                // alternate which goes first, so that neither always follows the other
                if (epoch % 2 == 0) {
                    optimised[epoch] = seconds(fast, a, epoch);
                    reference[epoch] = seconds(plain, b, epoch);
                } else {
                    reference[epoch] = seconds(plain, b, epoch);
                    optimised[epoch] = seconds(fast, a, epoch);
                }
            }
        }
        double fastMedian = median(optimised);
        double plainMedian = median(reference);
        System.out.printf(Locale.ROOT, "DeepHPM step timing, %d threads, %d epochs (first dropped): optimised %.3f s, "
                + "straightforward %.3f s per epoch (median), straightforward/optimised %.2f; optimised %s; straightforward %s%n",
                TrainingResources.THREADS, epochs, fastMedian, plainMedian, plainMedian / fastMedian,
                Arrays.toString(optimised), Arrays.toString(reference));
        assertEquals(epochs, optimised.length);
    }

    private static DeepHpmTask task(NDManager manager, float[] x, float[] y, DeepHpmTask.Rules rules) {
        DeepHpmNetwork network = new DeepHpmNetwork(FEATURES, 2, 64, DynamicalInputs.S_T_U, 0, 1);
        network.setInitializer(SeededInitializer.xavier(1), Parameter.Type.WEIGHT);
        network.initialize(manager, DataType.FLOAT32, new Shape(1, FEATURES + 1));
        SupervisedTask dataOnly = new SupervisedTask(network, manager, new Shape(FEATURES + 1), x, y, new float[0],
                new double[0], StandardScaler.fit(new double[] { 0, 1 }));
        return new DeepHpmTask(network, LossMode.SUM, FEATURES + 1, x, y, dataOnly, rules);
    }

    private static double seconds(DeepHpmTask task, NDManager manager, int epoch) {
        long start = System.nanoTime();
        TrainingLoop.run(task, new TrainingOptions(1, 1e-3, 256, epoch + 1), manager, TrainingMonitor.silent());
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
