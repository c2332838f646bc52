package io.batterylab.algorithm.bilstm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.StandardScaler;
import io.batterylab.ml.SupervisedTask;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire runs *Test only): the BiLSTM step with the last-step shortcut against the whole stack
 * ({@code new BiLstmNetwork(2, 64, false)}), epoch by epoch in turns in one JVM so that both see the same load (issue 16);
 * wall and CPU seconds of the training thread (one intra-op thread: libtorch works on the caller's thread).
 * SpeedBenchmark's shapes: 40 349 random windows of 10 x 4, batch 256, 2 layers x 64 per direction.
 * {@code ./mvnw ... -pl tests/io.batterylab.test.support,bundles/io.batterylab.algorithm.bilstm -am
 * -Dtest=BiLstmStepTiming -Dtiming.epochs=7 -Dsurefire.failIfNoSpecifiedTests=false}
 */
class BiLstmStepTiming {
    private static final int ROWS = 40_349;
    private static final int WINDOW = 10;
    private static final int INPUTS = 4;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void shortcutAgainstWholeStackInTurns() {
        int epochs = Integer.getInteger("timing.epochs", 7);
        Random random = new Random(1);
        float[] x = new float[ROWS * WINDOW * INPUTS];
        float[] y = new float[ROWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) random.nextGaussian();
        }
        double[][] shortcut = new double[2][epochs];
        double[][] whole = new double[2][epochs];
        try (NDManager a = DjlRuntime.newManager(); NDManager b = DjlRuntime.newManager()) {
            SupervisedTask fast = task(new BiLstmNetwork(2, 64), a, x, y);
            SupervisedTask plain = task(new BiLstmNetwork(2, 64, false), b, x, y);
            for (int epoch = 0; epoch < epochs; epoch++) {
                // alternate which goes first, so that neither always follows the other
                if (epoch % 2 == 0) {
                    measure(fast, a, epoch, shortcut);
                    measure(plain, b, epoch, whole);
                } else {
                    measure(plain, b, epoch, whole);
                    measure(fast, a, epoch, shortcut);
                }
            }
        }
        System.out.printf(Locale.ROOT, "BiLSTM step timing, %d epochs (first dropped), median s/epoch: shortcut %.3f wall "
                + "%.3f cpu, whole stack %.3f wall %.3f cpu; whole/shortcut %.2f wall %.2f cpu%nshortcut wall %s cpu %s%n"
                + "whole wall %s cpu %s%n", epochs, median(shortcut[0]), median(shortcut[1]), median(whole[0]),
                median(whole[1]), median(whole[0]) / median(shortcut[0]), median(whole[1]) / median(shortcut[1]),
                Arrays.toString(shortcut[0]), Arrays.toString(shortcut[1]), Arrays.toString(whole[0]),
                Arrays.toString(whole[1]));
        assertEquals(epochs, shortcut[0].length);
    }

    private static SupervisedTask task(AbstractBlock network, NDManager manager, float[] x, float[] y) {
        SeededInitializer init = SeededInitializer.uniform(1, 1 / Math.sqrt(64));
        network.setInitializer(init, Parameter.Type.WEIGHT);
        network.setInitializer(init, Parameter.Type.BIAS);
        Shape window = new Shape(WINDOW, INPUTS);
        network.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(window));
        return new SupervisedTask(network, manager, window, x, y, new float[0], new double[0],
                StandardScaler.fit(new double[] { 0, 1 }));
    }

    /** One epoch's wall and CPU seconds into {@code into[0][epoch]} and {@code into[1][epoch]}. */
    private static void measure(SupervisedTask task, NDManager manager, int epoch, double[][] into) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        TrainingLoop.run(task, new TrainingOptions(1, 1e-3, 256, epoch + 1), manager, TrainingMonitor.silent());
        into[0][epoch] = (System.nanoTime() - wall) / 1e9;
        into[1][epoch] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
