package io.batterylab.benchmarks;

import io.batterylab.algorithm.baseline.BaselineAlgorithm;
import io.batterylab.algorithm.baseline.BaselineSettings;
import io.batterylab.algorithm.bilstm.BiLstmAlgorithm;
import io.batterylab.algorithm.bilstm.BiLstmSettings;
import io.batterylab.algorithm.deephpm.DeepHpmAlgorithm;
import io.batterylab.algorithm.deephpm.DeepHpmSettings;
import io.batterylab.algorithm.deephpm.DynamicalInputs;
import io.batterylab.algorithm.deephpm.LossMode;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wen et al.'s cases A and B on the real 3-feature Severson file: train on a few cells, test on one never seen.
 * RUL: RMSE in cycles; PCL: RMSPE of SoH = 1 - PCL in %. Every algorithm with every seed; mean and standard
 * deviation over the seeds. -Dbenchmark.epochs (default 500), -Dbenchmark.bilstmEpochs (default 150),
 * -Dbenchmark.seeds (default 5), -Dbenchmark.neurons (default 128), -Dbenchmark.dropout (default 0.1),
 * -Dbenchmark.algorithms (comma-separated contender names; default all). {@code wen_reference.py} beside this
 * bundle runs the paper's Baseline recipe in PyTorch on the same file for comparison.
 */
class WenCasesBenchmark {
    static final List<Feature> FEATURES = List.of(Feature.DQ_SLOPE, Feature.DQ_INTERCEPT, Feature.T_AVG);

    record Case(String name, int[] train, int[] test) {
    }

    /** Settings of one contender for a case, a target and a seed. */
    interface SettingsFor {
        Record of(Case c, Target target, long seed);
    }

    record Contender(String name, Algorithm algorithm, SettingsFor settings) {
    }

    /** The hidden-physics inputs Wen et al. chose per case and target (their Settings.py). */
    static DynamicalInputs wenDynamicalInputs(Case c, Target target) {
        boolean caseA = c.name().equals("A");
        if (target == Target.RUL) {
            return caseA ? DynamicalInputs.S_T_U : DynamicalInputs.T_U_US;
        }
        return caseA ? DynamicalInputs.S_T : DynamicalInputs.T;
    }

    @Test
    void wenCasesAandB() throws Exception {
        int epochs = SeversonCells.intProperty("benchmark.epochs", 500);
        int seeds = SeversonCells.intProperty("benchmark.seeds", 5);
        // a BiLSTM epoch costs about 20 MLP epochs on these 2 cores: fewer of them keep the run within the hour
        int lstmEpochs = SeversonCells.intProperty("benchmark.bilstmEpochs", 150);
        // -Dbenchmark.cases=A: case A only
        List<String> onlyCases = List.of(System.getProperty("benchmark.cases", "A,B").split(","));
        List<Case> cases = List.of(new Case("A", new int[] { 91, 100 }, new int[] { 124 }),
                new Case("B", new int[] { 101, 108, 120 }, new int[] { 116 })).stream()
                .filter(c -> onlyCases.contains(c.name())).toList();
        int neurons = SeversonCells.intProperty("benchmark.neurons", 128);
        double dropout = Double.parseDouble(System.getProperty("benchmark.dropout", "0.1"));
        // Wen et al.: 2 x 128 tanh, dropout 0.1 after each hidden layer, Adam 1e-3
        List<Contender> contenders = List.of(
                new Contender("Baseline", new BaselineAlgorithm(),
                        (c, t, s) -> new BaselineSettings(1e-3, epochs, 2, neurons, dropout, s)),
                new Contender("DeepHPM-Sum", new DeepHpmAlgorithm(), (c, t, s) -> new DeepHpmSettings(1e-3, epochs, 2,
                        neurons, dropout, wenDynamicalInputs(c, t), LossMode.SUM, s)),
                new Contender("DeepHPM-AdpBal", new DeepHpmAlgorithm(), (c, t, s) -> new DeepHpmSettings(1e-3, epochs, 2,
                        neurons, dropout, wenDynamicalInputs(c, t), LossMode.ADP_BAL, s)),
                new Contender("BiLSTM", new BiLstmAlgorithm(), (c, t, s) -> new BiLstmSettings(1e-3, lstmEpochs, 10, 2, 32, s)));
        // -Dbenchmark.algorithms=Baseline,DeepHPM-Sum re-runs some contenders only
        List<String> only = List.of(System.getProperty("benchmark.algorithms", "").split(","));
        contenders = contenders.stream().filter(k -> only.equals(List.of("")) || only.contains(k.name())).toList();
        Map<String, List<Double>> results = new LinkedHashMap<>();
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(SeversonCells.output("wen-cases.csv")))) {
            csv.println("case,target,algorithm,seed,epochs,metric,value,seconds");
            for (Case c : cases) {
                List<BatterySeries> train = SeversonCells.numbered(c.train());
                List<BatterySeries> test = SeversonCells.numbered(c.test());
                for (Target target : Target.values()) {
                    for (Contender contender : contenders) {
                        for (long seed = 1; seed <= seeds; seed++) {
                            long started = System.nanoTime();
                            double value;
                            try (TrainedModel model = contender.algorithm().train(
                                    new TrainingData(target, FEATURES, train, List.of()), contender.settings().of(c, target, seed),
                                    TrainingMonitor.silent())) {
                                value = score(model, test, target);
                            }
                            double seconds = (System.nanoTime() - started) / 1e9;
                            String metric = target == Target.RUL ? "RUL RMSE (cycles)" : "SoH RMSPE (%)";
                            csv.printf(Locale.ROOT, "%s,%s,%s,%d,%d,%s,%.6g,%.1f%n", c.name(), target.key(), contender.name(),
                                    seed, contender.name().equals("BiLSTM") ? lstmEpochs : epochs, metric, value, seconds);
                            csv.flush();
                            results.computeIfAbsent(c.name() + "|" + metric + "|" + contender.name(), k -> new ArrayList<>())
                                    .add(value);
                            System.out.printf(Locale.ROOT, "case %s %s %s seed %d: %.4g (%.0f s)%n", c.name(), target.key(),
                                    contender.name(), seed, value, seconds);
                        }
                    }
                }
            }
        }
        try (PrintWriter md = new PrintWriter(Files.newBufferedWriter(SeversonCells.output("wen-cases.md")))) {
            md.printf(Locale.ROOT, "| case | metric | algorithm | mean | std | runs |%n|---|---|---|---|---|---|%n");
            results.forEach((key, values) -> {
                String[] k = key.split("\\|");
                double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                double std = Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.size() - 1));
                md.printf(Locale.ROOT, "| %s | %s | %s | %.4g | %.3g | %d |%n", k[0], k[1], k[2], mean, std, values.size());
            });
        }
        System.out.println(Files.readString(SeversonCells.output("wen-cases.md")));
    }

    /** RUL: RMSE in cycles; PCL: RMSPE of SoH = 1 - PCL, over the rows the model predicts. */
    static double score(TrainedModel model, List<BatterySeries> cells, Target target) {
        List<Double> truth = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        for (BatterySeries cell : cells) {
            double[] p = model.predict(cell);
            for (int i = 0; i < p.length; i++) {
                double y = cell.cycles().get(i).target(target).orElse(Double.NaN);
                if (Double.isFinite(p[i]) && !Double.isNaN(y)) {
                    truth.add(target == Target.RUL ? y : 1 - y);
                    predicted.add(target == Target.RUL ? p[i] : 1 - p[i]);
                }
            }
        }
        Metrics m = Metrics.of(truth.stream().mapToDouble(Double::doubleValue).toArray(),
                predicted.stream().mapToDouble(Double::doubleValue).toArray());
        return target == Target.RUL ? m.rmse() : m.rmspe();
    }
}
