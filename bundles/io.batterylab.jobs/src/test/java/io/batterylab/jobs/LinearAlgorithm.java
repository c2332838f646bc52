package io.batterylab.jobs;

import io.batterylab.core.model.Target;
import io.batterylab.core.settings.Setting;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A fixed linear model of the cycle number, for hand-computed test metrics: RUL = slope · cycle + intercept, "trained"
 * by taking both from its settings. It takes the cycle as an input, so it predicts ahead by advancing it. On request
 * it pauses on every cell (to be canceled) or fails on one cell.
 */
final class LinearAlgorithm implements Algorithm {
    record LinearSettings(@Setting(label = "Slope", min = -1000, max = 1000) double slope,
            @Setting(label = "Intercept", min = -1e6, max = 1e6) double intercept,
            @Setting(label = "Pause per cell (ms)", min = 0, max = 10000) int pauseMillis,
            @Setting(label = "Fail on cell", min = 0, max = 1000) int failOnCell) {
    }

    record LinearModel(LinearSettings s) implements TrainedModel {
        @Override
        public double[] predict(BatterySeries series) {
            return predict(series, 0);
        }

        @Override
        public double[] predict(BatterySeries series, int horizon) {
            if (series.batteryId() == s.failOnCell()) {
                throw new IllegalStateException("the model broke on " + series.name());
            }
            try {
                Thread.sleep(s.pauseMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return series.cycles().stream().mapToDouble(r -> s.slope() * (r.cycle() + horizon) + s.intercept()).toArray();
        }

        @Override
        public void save(Path directory) throws IOException {
            Files.writeString(directory.resolve("linear.txt"), s.slope() + " " + s.intercept() + " " + s.pauseMillis()
                    + " " + s.failOnCell());
        }
    }

    @Override
    public String id() {
        return "linear";
    }

    @Override
    public String displayName() {
        return "Linear";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public Set<Target> supportedTargets() {
        return Set.of(Target.RUL);
    }

    @Override
    public Class<? extends Record> settingsType() {
        return LinearSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return new LinearSettings(-1, 100, 0, 0);
    }

    @Override
    public boolean predictsAhead() {
        return true;
    }

    @Override
    public TrainedModel train(TrainingData data, Record settings, TrainingMonitor monitor) {
        return new LinearModel((LinearSettings) settings);
    }

    @Override
    public TrainedModel load(Path directory) throws IOException {
        String[] parts = Files.readString(directory.resolve("linear.txt")).split(" ");
        return new LinearModel(new LinearSettings(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
    }
}
