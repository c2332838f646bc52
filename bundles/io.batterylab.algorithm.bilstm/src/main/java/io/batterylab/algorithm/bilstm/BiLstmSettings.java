package io.batterylab.algorithm.bilstm;

import io.batterylab.core.settings.Setting;

/** What a user chooses for a BiLSTM run; batch size and threads are fixed by the system. */
public record BiLstmSettings(
        @Setting(label = "Learning rate", description = "step size of the Adam optimiser", min = 1e-6, max = 1)
        double learningRate,
        @Setting(label = "Epochs", description = "passes over the training windows", min = 1, max = 5000)
        int epochs,
        @Setting(label = "Window length", description = "cycles the network sees before the predicted one", min = 2, max = 100)
        int windowLength,
        @Setting(label = "LSTM layers", min = 1, max = 4)
        int layers,
        @Setting(label = "Hidden units per direction", min = 1, max = 256)
        int hidden,
        @Setting(label = "Seed", description = "initial weights and batch order; same seed, same model")
        long seed) {

    public static BiLstmSettings defaults() {
        return new BiLstmSettings(1e-3, 100, 10, 2, 32, 1);
    }
}
