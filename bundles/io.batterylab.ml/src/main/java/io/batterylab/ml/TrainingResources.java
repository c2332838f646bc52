package io.batterylab.ml;

/**
 * Resource-bound values the system fixes for every training run (SPEC §4): users choose learning rate, epochs and
 * the like, never these.
 */
public final class TrainingResources {
    /**
     * Intra-op threads of libtorch: 2 unless set (the machines this runs on have two cores to share); see
     * {@link TrainingThreads} for where it is set. Read once: a change takes effect at the next start.
     */
    public static final int THREADS = TrainingThreads.configured(System.getProperties(), System.getenv());
    /** Rows (or windows) per optimiser step. */
    public static final int BATCH_SIZE = 256;
    /** Upper bound of the epochs setting of every algorithm. */
    public static final int MAX_EPOCHS = 5000;

    private TrainingResources() {
    }
}
