package io.batterylab.ml;

/**
 * How the shared loop trains: user settings (epochs, learning rate, seed) and the system's batch size.
 *
 * @param epochs passes over the training rows, 1..{@link TrainingResources#MAX_EPOCHS}
 * @param learningRate of the Adam optimiser
 * @param batchSize rows per optimiser step
 * @param seed of the batch order (and, by the algorithms, of the initial weights)
 */
public record TrainingOptions(int epochs, double learningRate, int batchSize, long seed) {
    public TrainingOptions {
        if (epochs < 1 || epochs > TrainingResources.MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be 1.." + TrainingResources.MAX_EPOCHS + ": " + epochs);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive: " + learningRate);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
    }

    public static TrainingOptions of(int epochs, double learningRate, long seed) {
        return new TrainingOptions(epochs, learningRate, TrainingResources.BATCH_SIZE, seed);
    }
}
