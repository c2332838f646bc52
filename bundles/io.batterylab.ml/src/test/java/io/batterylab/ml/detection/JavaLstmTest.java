package io.batterylab.ml.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.LSTM;
import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.settings.Setting;
import io.batterylab.ml.NetworkModel;
import io.batterylab.ml.SeededInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LSTMs with random parameters (1–3 layers, 16 and 7 units) assessed in Java and by libtorch: the same risks within
 * 1e-5 and the same alarm for every window, and the Java risks the same to the bit whenever and wherever computed.
 */
class JavaLstmTest {
    record Shape2(@Setting(label = "Hidden", min = 2, max = 256) int hidden,
            @Setting(label = "Layers", min = 1, max = 4) int layers,
            @Setting(label = "Alarm at", min = 0.01, max = 1) double alarmAt) implements SequenceSettings {
        @Override
        public int epochs() {
            return 1;
        }

        @Override
        public double learningRate() {
            return 0.01;
        }

        @Override
        public long seed() {
            return 1;
        }
    }

    static final class RandomLstm extends SequenceDetector<Shape2> {
        RandomLstm() {
            super("random-lstm", "LSTM of random parameters", "1.0.0", Shape2.class, new Shape2(16, 1, 0.5));
        }

        @Override
        protected Block network(Shape2 settings) {
            LSTM lstm = LSTM.builder().setStateSize(settings.hidden()).setNumLayers(settings.layers())
                    .optBatchFirst(true).optReturnState(false).build();
            return new PooledSequenceBlock(lstm, PooledSequenceBlock.Pooling.LAST);
        }
    }

    private static final RandomLstm DETECTOR = new RandomLstm();

    /** The same network twice: once in Java, once on libtorch ({@value SequenceModel#JAVA_LSTM}=false). */
    record Pair(SequenceModel<Shape2> java, SequenceModel<Shape2> torch) {
    }

    static Pair models(int hidden, int layers, double bound, long seed) {
        Shape2 settings = new Shape2(hidden, layers, 0.5);
        return NetworkModel.owning(manager -> {
            Block network = DETECTOR.network(settings);
            network.setInitializer(SeededInitializer.uniform(seed, bound), Parameter.Type.WEIGHT);
            network.setInitializer(SeededInitializer.uniform(seed + 1, bound), Parameter.Type.BIAS);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, 60, WindowSequence.FEATURES));
            SequenceModel<Shape2> java = new SequenceModel<>(DETECTOR, settings, network, manager);
            System.setProperty(SequenceModel.JAVA_LSTM, "false");
            try {
                return new Pair(java, new SequenceModel<>(DETECTOR, settings, network, manager));
            } finally {
                System.clearProperty(SequenceModel.JAVA_LSTM);
            }
        });
    }

    /** Calm and noisy cells, slow and runaway rises, steps up to tens of degrees: the features' whole range. */
    static List<SampleWindow> windows(int count, long seed) {
        Random random = new Random(seed);
        List<SampleWindow> windows = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            double level = -10 + 70 * random.nextDouble();
            double perSecond = w % 3 == 0 ? random.nextDouble() * 20 : random.nextDouble() * 0.1;
            double noise = w % 5 == 0 ? 5 * random.nextDouble() : 0.3 * random.nextDouble();
            int onset = random.nextInt(60);
            windows.add(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, IntStream.range(0, 60)
                    .mapToDouble(i -> level + (i < onset ? 0 : perSecond * 0.5 * (i - onset))
                            + noise * random.nextGaussian())
                    .toArray()));
        }
        return windows;
    }

    @ParameterizedTest
    @CsvSource({"16, 1, 0.3", "16, 2, 0.3", "16, 3, 0.3", "7, 1, 0.3", "7, 2, 0.6", "7, 3, 0.6", "16, 1, 1.0"})
    void givenRandomLstm_whenAssessedInJava_thenLibtorchsRisksAndAlarms(int hidden, int layers, double bound) {
        Pair models = models(hidden, layers, bound, 7 * hidden + layers);
        assertTrue(models.java().assessesInJava());
        assertFalse(models.torch().assessesInJava());
        List<SampleWindow> windows = windows(2000, hidden + 10L * layers);

        List<Assessment> java = models.java().assessAll(windows);
        List<Assessment> torch = models.torch().assessAll(windows);

        double worst = 0;
        for (int i = 0; i < windows.size(); i++) {
            worst = Math.max(worst, Math.abs(java.get(i).risk() - torch.get(i).risk()));
            assertEquals(torch.get(i).alarm(), java.get(i).alarm(), "window " + i + ", risk " + torch.get(i).risk());
        }
        assertTrue(worst <= 1e-5, "max |Δrisk| " + worst);
    }

    @ParameterizedTest
    @CsvSource({"16, 1", "7, 3"})
    void givenTwoThreadsAtOnce_whenAssessedInJava_thenTheSameRisksToTheBitAsOneCallBefore(int hidden, int layers)
            throws Exception {
        SequenceModel<Shape2> model = models(hidden, layers, 0.5, 3).java();
        List<SampleWindow> windows = windows(600, 5);
        List<Assessment> first = model.assessAll(windows);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Assessment>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    List<Assessment> out = new ArrayList<>();
                    for (int round = 0; round < 40; round++) {
                        out.addAll(model.assessAll(windows.subList(round * 15, round * 15 + 15)));
                    }
                    return out;
                }));
            }
            for (Future<List<Assessment>> run : runs) {
                List<Assessment> again = run.get();
                for (int i = 0; i < windows.size(); i++) {
                    assertEquals(Double.doubleToRawLongBits(first.get(i).risk()),
                            Double.doubleToRawLongBits(again.get(i).risk()), "window " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Windows advance {@value JavaLstm#LANES} in step: a window's risk must not depend on its batch or place in it. */
    @ParameterizedTest
    @CsvSource({"16, 1", "7, 3", "5, 2"})
    void givenBatchesAcrossTheLanes_whenAssessedInJava_thenEachWindowsRiskToTheBitAsAlone(int hidden, int layers) {
        SequenceModel<Shape2> model = models(hidden, layers, 0.6, 11).java();
        List<SampleWindow> windows = windows(3 * JavaLstm.LANES + 5, 17);
        List<Assessment> alone = windows.stream().map(model::assess).toList();

        for (int size : new int[] {2, JavaLstm.LANES - 1, JavaLstm.LANES, JavaLstm.LANES + 1, windows.size()}) {
            for (int from = 0; from < windows.size(); from += size) {
                List<Assessment> batch = model.assessAll(windows.subList(from, Math.min(windows.size(), from + size)));
                for (int i = 0; i < batch.size(); i++) {
                    assertEquals(Double.doubleToRawLongBits(alone.get(from + i).risk()),
                            Double.doubleToRawLongBits(batch.get(i).risk()),
                            "batch of " + size + ", window " + (from + i));
                }
            }
        }
    }
}
