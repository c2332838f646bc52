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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seconds per epoch on about 40 000 real rows (batch 256), BatteryLab against the same networks in PyTorch
 * (torch_speed.py, same shapes, {@code -Dbenchmark.torchThreads}, default {@link TrainingResources#THREADS}),
 * measured interleaved in one run: after every BatteryLab epoch PyTorch trains one epoch of the same model, so that
 * both see the same noise of a shared machine. The first epoch of each side (warm-up) is left out; the table gives
 * medians, their ratio, and the load average before and after each model. Without PyTorch BatteryLab is measured
 * alone and the comparison says why it is missing. The instruction set follows the environment
 * ({@code DNNL_MAX_CPU_ISA=AVX2 ONEDNN_MAX_CPU_ISA=AVX2 ATEN_CPU_CAPABILITY=avx2} for the AVX2 row); PyTorch inherits
 * it.
 */
class SpeedBenchmark {
    static final int ROWS = 40_000;
    private static final List<String> FLAGS = List.of("avx2", "fma", "avx512f", "avx512dq", "avx512bw", "avx512vl",
            "avx512_bf16", "avx512_vnni", "avx512_vbmi2");

    @Test
    void secondsPerEpoch() throws Exception {
        int epochs = SeversonCells.intProperty("benchmark.speedEpochs", 6);
        // -Dbenchmark.speedBilstmEpochs=5: the BiLSTM's own epoch count (its epoch is ~100x an MLP's), else speedEpochs
        int bilstmEpochs = SeversonCells.intProperty("benchmark.speedBilstmEpochs", epochs);
        TrainingData data = new TrainingData(Target.RUL, WenCasesBenchmark.FEATURES, firstCells(), List.of());
        TorchTwin torch = startTorch();
        List<SpeedRow> rows = new ArrayList<>();
        // -Dbenchmark.speedModels=MLP,DeepHPM: only those models (all three by default)
        List<String> models = List.of(System.getProperty("benchmark.speedModels", "MLP,BiLSTM,DeepHPM").split(","));
        // -Dbenchmark.speedLimits=default,0: each model once per value of batterylab.training.singleThreadBelow,
        // back to back in this JVM (0 = the configured threads for every model, a huge value = one thread for all)
        List<String> limits = List.of(System.getProperty("benchmark.speedLimits", "").split(","));
        // read now: withLimit sets the property per round and restores it, so afterwards it no longer tells
        String setting = setting(torch, limits);
        try {
            for (String limit : limits) {
                withLimit(limit, () -> {
                    String tag = limit.isBlank() ? "" : " [limit " + limit + "]";
                    if (models.contains("MLP")) {
                        rows.add(measure("MLP 2x64 (Baseline)", tag, new BaselineAlgorithm(),
                                new BaselineSettings(1e-3, epochs, 2, 64, 0, 1), data, torch));
                    }
                    if (models.contains("BiLSTM")) {
                        rows.add(measure("BiLSTM 2 layers x 64, window 10", tag, new BiLstmAlgorithm(),
                                new BiLstmSettings(1e-3, bilstmEpochs, 10, 2, 64, 1), data, torch));
                    }
                    if (models.contains("DeepHPM")) {
                        rows.add(measure("DeepHPM 2x64, G(s,t,u)", tag, new DeepHpmAlgorithm(),
                                new DeepHpmSettings(1e-3, epochs, 2, 64, 0, DynamicalInputs.S_T_U, LossMode.SUM, 1), data,
                                torch));
                    }
                });
            }
        } finally {
            if (torch != null) {
                torch.close();
            }
        }
        Path csv = SeversonCells.output("speed-vs-pytorch.csv");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
            out.println("# " + setting);
            out.println(SpeedRow.HEADER);
            rows.forEach(row -> out.println(row.line()));
        }
        System.out.println(Files.readString(csv));
    }

    /** Runs {@code measurements} with the single-thread limit set to {@code limit} ("default" or blank: as given). */
    private static void withLimit(String limit, Runnable measurements) {
        String property = "batterylab.training.singleThreadBelow";
        String given = System.getProperty(property);
        if (!limit.isBlank() && !"default".equals(limit)) {
            System.setProperty(property, limit);
        }
        try {
            measurements.run();
        } finally {
            if (given == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, given);
            }
        }
    }

    static List<BatterySeries> firstCells() throws Exception {
        List<BatterySeries> cells = new ArrayList<>();
        int rows = 0;
        for (BatterySeries cell : SeversonCells.all()) {
            if (rows >= ROWS) {
                break;
            }
            cells.add(cell);
            rows += cell.cycles().size();
        }
        return cells;
    }

    private static TorchTwin startTorch() {
        try {
            return TorchTwin.start(SeversonCells.intProperty("benchmark.torchThreads", TrainingResources.THREADS));
        } catch (IOException e) {
            System.out.println("[benchmark] PyTorch comparison skipped: " + e.getMessage());
            return null;
        }
    }

    /**
     * Trains the model; after each of its epochs (timed from the end of PyTorch's previous epoch) PyTorch trains one
     * epoch of its twin; {@code tag} tells rows of one model apart in the table.
     */
    private static SpeedRow measure(String name, String tag, Algorithm algorithm, Record settings, TrainingData data,
            TorchTwin torch) {
        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        String loadBefore = loadAverage();
        long[] resumed = { System.nanoTime() };
        algorithm.train(data, settings, TrainingMonitor.onEpoch(metrics -> {
            ours.add((System.nanoTime() - resumed[0]) / 1e9);
            if (torch != null) {
                try {
                    theirs.add(torch.epoch(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            resumed[0] = System.nanoTime();
        })).close();
        return new SpeedRow(name + tag, ours.subList(1, ours.size()), theirs.isEmpty() ? theirs : theirs.subList(1, theirs.size()),
                loadBefore, loadAverage());
    }

    private static String setting(TorchTwin torch, List<String> limits) throws IOException {
        String isa = Arrays.stream(new String[] { "DNNL_MAX_CPU_ISA", "ATEN_CPU_CAPABILITY", "OMP_WAIT_POLICY" })
                .map(v -> v + "=" + System.getenv().getOrDefault(v, "(unset)")).collect(Collectors.joining(" "));
        // small networks train on one thread unless the limit is 0 (io.batterylab.ml.StepThreads)
        String limit = System.getProperty("batterylab.training.singleThreadBelow", "default");
        String rounds = limits.size() > 1 || !limits.get(0).isBlank() ? ", rounds with limits " + String.join(",", limits)
                + " (the row's tag)" : "";
        return "BatteryLab " + TrainingResources.THREADS + " threads (one below the work limit, "
                + "batterylab.training.singleThreadBelow=" + limit + rounds + "), "
                // a tanh MLP without dropout trains with the dense step unless this is false (io.batterylab.ml.GradientSteps)
                + "batterylab.training.denseStep=" + System.getProperty("batterylab.training.denseStep", "true") + ", " + isa + "; CPU flags " + cpuFlags() + "; "
                + (torch == null ? "no PyTorch" : torch.description());
    }

    private static String cpuFlags() throws IOException {
        List<String> present = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("flags"))
                .findFirst().map(l -> Arrays.asList(l.substring(l.indexOf(':') + 1).trim().split(" "))).orElse(List.of());
        return FLAGS.stream().filter(present::contains).collect(Collectors.joining(" "));
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1];
        } catch (IOException e) {
            return "?";
        }
    }
}
