package io.batterylab.core.training;

import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import java.util.List;

/**
 * What a user asks for: one dataset selection, the target (RUL, PCL or both), one to three algorithms, each run once
 * or repeated with up to {@value #MAX_SEEDS} seeds ({@link SeedRepeats}).
 */
public record TrainingJobSpec(String name, TargetChoice target, DatasetSelection dataset, List<RunSpec> runs) {
    /** Most algorithms in one job. */
    public static final int MAX_RUNS = 3;
    /** Most seeds one algorithm is repeated with. */
    public static final int MAX_SEEDS = 5;

    public TrainingJobSpec {
        if (target == null || dataset == null) {
            throw new IllegalArgumentException("a training job needs a target and a dataset selection");
        }
        runs = List.copyOf(runs);
        long algorithms = runs.stream().map(RunSpec::algorithmId).distinct().count();
        if (runs.isEmpty() || algorithms > MAX_RUNS) {
            throw new IllegalArgumentException("a training job has 1 to " + MAX_RUNS + " algorithms, not " + algorithms);
        }
        if (runs.size() > MAX_RUNS * MAX_SEEDS) {
            throw new IllegalArgumentException("a training job has at most " + MAX_RUNS * MAX_SEEDS + " runs ("
                    + MAX_SEEDS + " seeds per algorithm), not " + runs.size());
        }
        name = name == null || name.isBlank() ? "training " + target.key() : name.strip();
    }

    /** A job of one target. */
    public TrainingJobSpec(String name, Target target, DatasetSelection dataset, List<RunSpec> runs) {
        this(name, target == null ? null : TargetChoice.of(target), dataset, runs);
    }
}
