package io.batterylab.core.training;

/** How a running algorithm reports progress and learns that it should stop. */
public interface TrainingMonitor {
    void epoch(EpochMetrics metrics);

    void log(String line);

    /** Checked at least once per batch; when true the algorithm throws {@link TrainingCanceledException}. */
    boolean isCanceled();

    static TrainingMonitor silent() {
        return onEpoch(metrics -> {
        });
    }

    /** Hands every epoch's metrics to {@code listener}; ignores log lines and never cancels. */
    static TrainingMonitor onEpoch(java.util.function.Consumer<EpochMetrics> listener) {
        return new TrainingMonitor() {
            @Override
            public void epoch(EpochMetrics metrics) {
                listener.accept(metrics);
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
