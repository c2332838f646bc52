package io.batterylab.benchmarks;

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
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.TrainingResources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Seconds per epoch on about 40 000 real rows (batch 256, {@link TrainingResources#THREADS} threads), for the
 * comparison with PyTorch in torch_speed.py (same shapes). The first epoch (warm-up) is left out.
 */
class SpeedBenchmark {
    static final int ROWS = 40_000;

    @Test
    void secondsPerEpoch() throws Exception {
        int epochs = SeversonCells.intProperty("benchmark.speedEpochs", 4);
        List<BatterySeries> cells = new ArrayList<>();
        int rows = 0;
        for (BatterySeries cell : SeversonCells.all()) {
            if (rows >= ROWS) {
                break;
            }
            cells.add(cell);
            rows += cell.cycles().size();
        }
        TrainingData data = new TrainingData(Target.RUL, WenCasesBenchmark.FEATURES, cells, List.of());
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(SeversonCells.output("speed.csv")))) {
            csv.println("model,rows,threads,batch,seconds_per_epoch");
            measure(csv, "MLP 2x64 (Baseline)", new BaselineAlgorithm(), new BaselineSettings(1e-3, epochs, 2, 64, 0, 1), data, rows);
            measure(csv, "BiLSTM 2 layers x 64, window 10", new BiLstmAlgorithm(),
                    new BiLstmSettings(1e-3, epochs, 10, 2, 64, 1), data, rows);
            measure(csv, "DeepHPM 2x64, G(s,t,u)", new DeepHpmAlgorithm(),
                    new DeepHpmSettings(1e-3, epochs, 2, 64, 0, DynamicalInputs.S_T_U, LossMode.SUM, 1), data, rows);
        }
        System.out.println(Files.readString(SeversonCells.output("speed.csv")));
    }

    private static void measure(PrintWriter csv, String name, Algorithm algorithm, Record settings, TrainingData data, int rows) {
        List<Long> stamps = new ArrayList<>();
        stamps.add(System.nanoTime());
        algorithm.train(data, settings, new TrainingMonitor() {
            @Override
            public void epoch(EpochMetrics metrics) {
                stamps.add(System.nanoTime());
            }

            @Override
            public void log(String line) {
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        }).close();
        double perEpoch = (stamps.get(stamps.size() - 1) - stamps.get(1)) / 1e9 / (stamps.size() - 2);
        csv.printf(Locale.ROOT, "%s,%d,%d,%d,%.3f%n", name, rows, TrainingResources.THREADS, TrainingResources.BATCH_SIZE, perEpoch);
        csv.flush();
    }
}
