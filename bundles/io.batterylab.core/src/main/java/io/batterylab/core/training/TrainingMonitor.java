package io.batterylab.core.training;

/** How a running algorithm reports progress and learns that it should stop. */
public interface TrainingMonitor {
    void epoch(EpochMetrics metrics);

    void log(String line);

    /** Checked at least once per batch; when true the algorithm throws {@link TrainingCanceledException}. */
    boolean isCanceled();

    static TrainingMonitor silent() {
        return new TrainingMonitor() {
            @Override
            public void epoch(EpochMetrics metrics) {
            }

            @Override
            public void log(String line) {
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
    }
}
