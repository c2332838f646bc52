package io.batterylab.core.training;

import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import java.util.List;

/**
 * What a user asks for: one dataset selection, the target (RUL, PCL or both), one to three algorithm runs.
 */
public record TrainingJobSpec(String name, TargetChoice target, DatasetSelection dataset, List<RunSpec> runs) {
    public static final int MAX_RUNS = 3;

    public TrainingJobSpec {
        if (target == null || dataset == null) {
            throw new IllegalArgumentException("a training job needs a target and a dataset selection");
        }
        runs = List.copyOf(runs);
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("a training job has 1 to " + MAX_RUNS + " runs, not " + runs.size());
        }
        name = name == null || name.isBlank() ? "training " + target.key() : name.strip();
    }

    /** A job of one target. */
    public TrainingJobSpec(String name, Target target, DatasetSelection dataset, List<RunSpec> runs) {
        this(name, target == null ? null : TargetChoice.of(target), dataset, runs);
    }
}
