package io.batterylab.detector.lstm;

import io.batterylab.core.settings.Setting;
import io.batterylab.ml.detection.SequenceSettings;

/** An LSTM over the window's level-free sequence ({@code WindowSequence}), its last state to the runaway logit. */
public record LstmSettings(
        @Setting(label = "Hidden units", min = 2, max = 256) int hidden,
        @Setting(label = "Layers", min = 1, max = 4) int layers,
        @Setting(label = "Epochs", min = 1, max = 500) int epochs,
        @Setting(label = "Learning rate", min = 1e-5, max = 0.1) double learningRate,
        @Setting(label = "Alarm at risk", description = "sigmoid output that raises the alarm", min = 0.01, max = 1)
        double alarmAt,
        @Setting(label = "Seed", min = 0, max = Long.MAX_VALUE) long seed) implements SequenceSettings {

    /** Small enough to train on a 2-core machine in seconds per thousand windows. */
    public static final LstmSettings DEFAULTS = new LstmSettings(16, 1, 20, 0.005, 0.5, 42);
}
