package io.batterylab.jobs;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.training.Metrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects scored rows and gives their {@link Metrics} per target (over the rows with both a truth and a prediction
 * of that target), for one cell or a whole job.
 */
final class ScoreBoard {
    private final List<Target> targets;
    private final List<DoubleList> truth = new ArrayList<>();
    private final List<DoubleList> predicted = new ArrayList<>();

    ScoreBoard(List<Target> targets) {
        this.targets = List.copyOf(targets);
        for (int t = 0; t < targets.size(); t++) {
            truth.add(new DoubleList());
            predicted.add(new DoubleList());
        }
    }

    void add(List<TestDetail> rows) {
        for (TestDetail row : rows) {
            for (int t = 0; t < targets.size(); t++) {
                double y = row.truth(targets.get(t));
                double p = row.predicted(targets.get(t));
                if (!Double.isNaN(y) && !Double.isNaN(p)) {
                    truth.get(t).add(y);
                    predicted.get(t).add(p);
                }
            }
        }
    }

    List<TargetMetrics> metrics() {
        List<TargetMetrics> metrics = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            metrics.add(new TargetMetrics(targets.get(t), Metrics.of(truth.get(t).toArray(), predicted.get(t).toArray())));
        }
        return metrics;
    }
}
