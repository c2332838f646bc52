package io.batterylab.algorithm.baseline;

import io.batterylab.core.settings.Setting;

/** What a user chooses for a Baseline run; batch size and threads are fixed by the system. */
public record BaselineSettings(
        @Setting(label = "Learning rate", description = "step size of the Adam optimiser", min = 1e-6, max = 1)
        double learningRate,
        @Setting(label = "Epochs", description = "passes over the training rows", min = 1, max = 5000)
        int epochs,
        @Setting(label = "Hidden layers", min = 1, max = 8)
        int hiddenLayers,
        @Setting(label = "Neurons per layer", min = 1, max = 512)
        int neurons,
        @Setting(label = "Dropout", description = "share of hidden units switched off in each training step", min = 0, max = 0.9)
        double dropout,
        @Setting(label = "Seed", description = "initial weights and batch order; same seed, same model")
        long seed) {

    public static BaselineSettings defaults() {
        return new BaselineSettings(1e-3, 500, 2, 128, 0.1, 1);
    }
}
