package io.batterylab.jobs;

import io.batterylab.core.model.Target;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingMonitor;

/**
 * The progress of one target's model within a run that trains one model per target (a job of both targets): its
 * epochs follow the previous models' in the run's one epoch sequence (RUL's epochs 1..n, then PCL's n+1..2n, of 2n),
 * and its log lines are prefixed with the target. A run of one target passes through unchanged.
 */
final class TargetMonitor implements TrainingMonitor {
    private final TrainingMonitor run;
    private final Target target;
    private final int index;
    private final int count;
    private EpochMetrics last;

    /**
     * @param index 0-based position of this target's model among the run's {@code count} models
     */
    TargetMonitor(TrainingMonitor run, Target target, int index, int count) {
        this.run = run;
        this.target = target;
        this.index = index;
        this.count = count;
    }

    @Override
    public void epoch(EpochMetrics m) {
        last = m;
        run.epoch(count == 1 ? m : new EpochMetrics(index * m.epochs() + m.epoch(), count * m.epochs(), m.loss(),
                m.validationLoss(), m.validation()));
    }

    @Override
    public void log(String line) {
        run.log(count == 1 ? line : target.key() + ": " + line);
    }

    @Override
    public boolean isCanceled() {
        return run.isCanceled();
    }

    /** This model's last epoch as the algorithm reported it, null before the first. */
    EpochMetrics last() {
        return last;
    }
}
