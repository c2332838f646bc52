package io.batterylab.algorithm.bilstm;

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
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire runs *Test only): seconds per epoch of the BiLSTM step with SpeedBenchmark's shapes (40 349
 * random windows of 10 x 4, batch 256, 2 layers x 64 per direction), for profiling (issue 16).
 * {@code ./mvnw ... -pl ...,bundles/io.batterylab.algorithm.bilstm -Dtest=BiLstmStepTiming -Dtiming.epochs=4}
 */
class BiLstmStepTiming {
    private static final int ROWS = 40_349;
    private static final int WINDOW = 10;
    private static final int INPUTS = 4;

    @Test
    void secondsPerEpoch() {
        int epochs = Integer.getInteger("timing.epochs", 4);
        Random random = new Random(1);
        float[] x = new float[ROWS * WINDOW * INPUTS];
        float[] y = new float[ROWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) random.nextGaussian();
        }
        double[] seconds = new double[epochs];
        try (NDManager manager = DjlRuntime.newManager()) {
            BiLstmNetwork network = new BiLstmNetwork(2, 64);
            SeededInitializer init = SeededInitializer.uniform(1, 1 / Math.sqrt(64));
            network.setInitializer(init, Parameter.Type.WEIGHT);
            network.setInitializer(init, Parameter.Type.BIAS);
            Shape window = new Shape(WINDOW, INPUTS);
            network.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(window));
            SupervisedTask task = new SupervisedTask(network, manager, window, x, y, new float[0], new double[0],
                    StandardScaler.fit(new double[] { 0, 1 }));
            for (int epoch = 0; epoch < epochs; epoch++) {
                long start = System.nanoTime();
                TrainingLoop.run(task, new TrainingOptions(1, 1e-3, 256, epoch + 1), manager, TrainingMonitor.silent());
                seconds[epoch] = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "BiLSTM epoch %d: %.3f s%n", epoch + 1, seconds[epoch]);
            }
        }
        System.out.printf(Locale.ROOT, "BiLSTM step timing: %s%n", Arrays.toString(seconds));
        assertEquals(epochs, seconds.length);
    }
}
