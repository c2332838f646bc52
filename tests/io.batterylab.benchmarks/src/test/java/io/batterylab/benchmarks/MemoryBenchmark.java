package io.batterylab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.algorithm.baseline.BaselineAlgorithm;
import io.batterylab.algorithm.baseline.BaselineSettings;
import io.batterylab.algorithm.bilstm.BiLstmAlgorithm;
import io.batterylab.algorithm.bilstm.BiLstmSettings;
import io.batterylab.algorithm.deephpm.DeepHpmAlgorithm;
import io.batterylab.algorithm.deephpm.DeepHpmSettings;
import io.batterylab.algorithm.deephpm.DynamicalInputs;
import io.batterylab.algorithm.deephpm.LossMode;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Resident memory of the process over a 2000-epoch DeepHPM run (AdpBal, G(s, t, u)) on case A: the forward-mode
 * derivatives must keep it flat (a create-graph double backward grows it by about 100 MB per epoch); and over a
 * 400-epoch Baseline MLP run ({@code -Dtest=MemoryBenchmark#mlpResidentMemoryStaysFlat}) and a 300-epoch BiLSTM run
 * ({@code -Dtest=MemoryBenchmark#bilstmResidentMemoryStaysFlat}).
 */
class MemoryBenchmark {
    @Test
    void deepHpmResidentMemoryStaysFlat() throws Exception {
        int epochs = SeversonCells.intProperty("benchmark.memoryEpochs", 2000);
        TrainingData data = new TrainingData(Target.PCL, WenCasesBenchmark.FEATURES, SeversonCells.numbered(91, 100), List.of());
        // the defaults users get (2 x 128, dropout 0.1 on the data term), with Wen et al.'s case-A inputs of G
        DeepHpmSettings defaults = DeepHpmSettings.defaults();
        DeepHpmSettings settings = new DeepHpmSettings(defaults.learningRate(), epochs, defaults.hiddenLayers(),
                defaults.neurons(), defaults.dropout(), DynamicalInputs.S_T_U, LossMode.ADP_BAL, 1);
        assertFlat(new DeepHpmAlgorithm(), settings, data, 100, 200, "deephpm-rss.csv");
    }

    /**
     * The Baseline MLP of {@link SpeedBenchmark} (2 x 64, about 40 000 rows, batch 256, 157 steps an epoch) over 400
     * epochs ({@code -Dbenchmark.mlpMemoryEpochs}), sampled every 10: the shared loop's per-step arrays must all be
     * freed, so the second half of the run must not grow.
     */
    @Test
    void mlpResidentMemoryStaysFlat() throws Exception {
        int epochs = SeversonCells.intProperty("benchmark.mlpMemoryEpochs", 400);
        TrainingData data = new TrainingData(Target.RUL, WenCasesBenchmark.FEATURES, SpeedBenchmark.firstCells(), List.of());
        assertFlat(new BaselineAlgorithm(), new BaselineSettings(1e-3, epochs, 2, 64, 0, 1), data, 10, epochs / 2,
                "mlp-rss.csv");
    }

    /**
     * The BiLSTM of {@link SpeedBenchmark} (2 layers x 64 per direction, window 10) on Wen et al.'s case-A training
     * cells (91 and 100) over 300 epochs ({@code -Dbenchmark.bilstmMemoryEpochs}), sampled every 10: the last-step
     * shortcut and the shared loop must free every step's arrays, so the second half must not grow.
     */
    @Test
    void bilstmResidentMemoryStaysFlat() throws Exception {
        int epochs = SeversonCells.intProperty("benchmark.bilstmMemoryEpochs", 300);
        TrainingData data = new TrainingData(Target.RUL, WenCasesBenchmark.FEATURES, SeversonCells.numbered(91, 100), List.of());
        assertFlat(new BiLstmAlgorithm(), new BiLstmSettings(1e-3, epochs, 10, 2, 64, 1), data, 10, epochs / 2,
                "bilstm-rss.csv");
    }

    /**
     * Trains, samples the resident set (and, for reading, the Java heap the JVM has committed) every {@code every}
     * epochs into {@code file}; fails when the resident set grows by 64 MB from the sample at epoch
     * {@code warmedUp} (or the first after it) to the last.
     */
    private static void assertFlat(Algorithm algorithm, Record settings, TrainingData data, int every, int warmedUp,
            String file) throws Exception {
        List<long[]> samples = new ArrayList<>();
        long started = System.nanoTime();
        algorithm.train(data, settings, TrainingMonitor.onEpoch(metrics -> {
            if (metrics.epoch() == 1 || metrics.epoch() % every == 0) {
                samples.add(new long[] { metrics.epoch(), residentKb(), (System.nanoTime() - started) / 1_000_000,
                        Runtime.getRuntime().totalMemory() / 1024 });
            }
        })).close();
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(SeversonCells.output(file)))) {
            csv.println("epoch,rss_mb,elapsed_s,heap_committed_mb,rss_minus_heap_mb");
            for (long[] s : samples) {
                csv.printf(Locale.ROOT, "%d,%.1f,%.1f,%.1f,%.1f%n", s[0], s[1] / 1024.0, s[2] / 1000.0, s[3] / 1024.0,
                        (s[1] - s[3]) / 1024.0);
            }
        }
        System.out.println(Files.readString(SeversonCells.output(file)));
        long[] last = samples.get(samples.size() - 1);
        long[] afterWarmUp = samples.stream().filter(s -> s[0] >= warmedUp).findFirst().orElse(last);
        long grown = last[1] - afterWarmUp[1];
        assertTrue(grown < 64 * 1024, "resident memory grew by " + grown / 1024 + " MB from epoch " + afterWarmUp[0]);
    }

    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
