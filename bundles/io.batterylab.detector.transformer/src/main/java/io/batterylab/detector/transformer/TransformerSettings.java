package io.batterylab.detector.transformer;

import io.batterylab.core.settings.Setting;
import io.batterylab.ml.detection.SequenceSettings;

/** One self-attention encoder layer over the window's level-free sequence, mean-pooled to the runaway logit. */
public record TransformerSettings(
        @Setting(label = "Model width", min = 2, max = 256) int width,
        @Setting(label = "Feed-forward units", min = 2, max = 1024) int feedForward,
        @Setting(label = "Epochs", min = 1, max = 500) int epochs,
        @Setting(label = "Learning rate", min = 1e-5, max = 0.1) double learningRate,
        @Setting(label = "Alarm at risk", description = "sigmoid output that raises the alarm", min = 0.01, max = 1)
        double alarmAt,
        @Setting(label = "Seed", min = 0, max = Long.MAX_VALUE) long seed) implements SequenceSettings {

    /** Small enough to train on a 2-core machine in seconds per thousand windows. */
    public static final TransformerSettings DEFAULTS = new TransformerSettings(16, 32, 20, 0.003, 0.5, 42);
}
