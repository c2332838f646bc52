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
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.TrainingResources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seconds per epoch on about 40 000 real rows (batch 256, {@link TrainingResources#THREADS} threads), for the
 * comparison with PyTorch in torch_speed.py (same shapes), which it runs too when /usr/bin/python3 has torch. The
 * first epoch (warm-up) is left out.
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
        compareWithPyTorch(epochs);
    }

    /**
     * Runs torch_speed.py (same shapes, same thread count) with -Dbenchmark.python (default /usr/bin/python3) and
     * prints seconds per epoch side by side with the ratio PyTorch / DJL; says so visibly when PyTorch is missing.
     */
    static void compareWithPyTorch(int epochs) throws Exception {
        String python = System.getProperty("benchmark.python", "/usr/bin/python3");
        Process process;
        try {
            process = new ProcessBuilder(python, "torch_speed.py", String.valueOf(epochs)).redirectErrorStream(true).start();
        } catch (IOException e) {
            System.out.println("[benchmark] PyTorch comparison skipped: cannot run " + python + " (" + e.getMessage() + ")");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            System.out.println("[benchmark] PyTorch comparison skipped: torch_speed.py failed (python3-torch installed?)\n"
                    + output);
            return;
        }
        Map<String, Double> torch = perEpoch(output.lines().toList());
        Map<String, Double> djl = perEpoch(Files.readAllLines(SeversonCells.output("speed.csv")));
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(SeversonCells.output("speed-vs-pytorch.csv")))) {
            csv.println("model;djl_s;pytorch_s;pytorch_over_djl");
            djl.forEach((model, seconds) -> {
                Double other = torch.get(model);
                csv.printf(Locale.ROOT, "%s;%.3f;%s;%s%n", model, seconds, other == null ? "" : String.format(Locale.ROOT, "%.3f", other),
                        other == null ? "" : String.format(Locale.ROOT, "%.2f", other / seconds));
            });
        }
        System.out.println(output.lines().filter(l -> l.startsWith("#")).findFirst().orElse(""));
        System.out.println(Files.readString(SeversonCells.output("speed-vs-pytorch.csv")));
    }

    /** Model name to seconds per epoch, from lines "model,rows,threads,batch,seconds_per_epoch". */
    static Map<String, Double> perEpoch(List<String> lines) {
        Map<String, Double> byModel = new LinkedHashMap<>();
        for (String line : lines) {
            // model names hold commas themselves: the last four fields are the numbers
            String[] f = line.split(",");
            if (f.length >= 5 && !line.startsWith("#") && !f[0].equals("model")) {
                byModel.put(String.join(",", Arrays.copyOf(f, f.length - 4)), Double.parseDouble(f[f.length - 1]));
            }
        }
        return byModel;
    }

    private static void measure(PrintWriter csv, String name, Algorithm algorithm, Record settings, TrainingData data, int rows) {
        List<Long> stamps = new ArrayList<>();
        stamps.add(System.nanoTime());
        algorithm.train(data, settings, TrainingMonitor.onEpoch(metrics -> stamps.add(System.nanoTime()))).close();
        double perEpoch = (stamps.get(stamps.size() - 1) - stamps.get(1)) / 1e9 / (stamps.size() - 2);
        csv.printf(Locale.ROOT, "%s,%d,%d,%d,%.3f%n", name, rows, TrainingResources.THREADS, TrainingResources.BATCH_SIZE, perEpoch);
        csv.flush();
    }
}
