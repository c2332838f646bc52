package io.batterylab.ui.training;

import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.Spread;
import io.batterylab.core.training.TrainingRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a job's comparison table: one per run with its latest validation metrics and (when done) its test
 * metrics, and for an algorithm repeated with several seeds one more row with mean ± std over its runs.
 */
public final class Comparison {
    public static final List<String> COLUMNS = List.of("Run", "Algorithm", "Seed", "Status", "Epoch", "Loss",
            "Val RMSPE %", "Val MSE", "Val R²", "Test RMSPE %", "Test MSE", "Test R²");
    private static final Pattern SEED = Pattern.compile("\"seed\"\\s*:\\s*(-?\\d+)");

    private Comparison() {
    }

    /** @param algorithmName display name of an algorithm id (the id itself when it is not installed) */
    public static List<List<String>> rows(JobBoard board, Function<String, String> algorithmName) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<TrainingRun>> byAlgorithm = new LinkedHashMap<>();
        for (TrainingRun run : board.job().runs()) {
            byAlgorithm.computeIfAbsent(run.algorithmId(), k -> new ArrayList<>()).add(run);
            EpochMetrics last = last(board, run);
            Metrics validation = last == null ? null : last.validation();
            Metrics test = board.test(run);
            List<String> row = new ArrayList<>(List.of("#" + (run.index() + 1), algorithmName.apply(run.algorithmId()),
                    seed(run), board.status(run).name(), last == null ? "–" : last.epoch() + "/" + last.epochs(),
                    last == null ? "–" : number(last.loss())));
            row.addAll(metrics(validation));
            row.addAll(metrics(test));
            rows.add(row);
        }
        byAlgorithm.forEach((id, runs) -> {
            if (runs.size() > 1) {
                List<String> row = new ArrayList<>(List.of("mean ± std", algorithmName.apply(id), runs.size() + " seeds",
                        "", "", spread(runs, r -> last(board, r) == null ? Double.NaN : last(board, r).loss())));
                List<Function<TrainingRun, Metrics>> sources = List.of(r -> last(board, r) == null ? null
                        : last(board, r).validation(), board::test);
                for (Function<TrainingRun, Metrics> source : sources) {
                    row.add(spread(runs, r -> value(source.apply(r), Metrics::rmspe)));
                    row.add(spread(runs, r -> value(source.apply(r), Metrics::mse)));
                    row.add(spread(runs, r -> value(source.apply(r), Metrics::r2)));
                }
                rows.add(row);
            }
        });
        return rows;
    }

    /** The seed in a run's settings JSON; "–" when it has none. */
    static String seed(TrainingRun run) {
        Matcher m = SEED.matcher(run.settingsJson() == null ? "" : run.settingsJson());
        return m.find() ? m.group(1) : "–";
    }

    private static EpochMetrics last(JobBoard board, TrainingRun run) {
        List<EpochMetrics> epochs = board.epochs(run);
        return epochs.isEmpty() ? null : epochs.getLast();
    }

    private static List<String> metrics(Metrics m) {
        return m == null ? List.of("–", "–", "–") : List.of(number(m.rmspe()), number(m.mse()), number(m.r2()));
    }

    private static double value(Metrics m, ToDoubleFunction<Metrics> figure) {
        return m == null ? Double.NaN : figure.applyAsDouble(m);
    }

    private static String spread(List<TrainingRun> runs, ToDoubleFunction<TrainingRun> figure) {
        return Spread.of(runs.stream().mapToDouble(figure).toArray()).format(3);
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return Math.abs(v) >= 1000 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.4g", v);
    }
}
