package io.batterylab.jobs;

import io.batterylab.core.model.Target;
import io.batterylab.core.settings.Setting;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingCanceledException;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * A test algorithm without DJL: predicts the mean training target; slow, failing or slow to save on request (a
 * pause between its two files leaves a half-written model directory when its process is killed then). {@code mean}
 * predicts RUL only, {@code mean-both} either target.
 */
final class MeanAlgorithm implements Algorithm {
    private final String id;
    private final Set<Target> targets;

    MeanAlgorithm() {
        this("mean", Set.of(Target.RUL));
    }

    MeanAlgorithm(String id, Set<Target> targets) {
        this.id = id;
        this.targets = targets;
    }

    record MeanSettings(@Setting(label = "Epochs", min = 1, max = 1000) int epochs,
            @Setting(label = "Pause per epoch (ms)", min = 0, max = 10000) int pauseMillis,
            @Setting(label = "Fail") boolean fail,
            @Setting(label = "Pause while saving (ms)", min = 0, max = 60000) int savePauseMillis) {
        MeanSettings(int epochs, int pauseMillis, boolean fail) {
            this(epochs, pauseMillis, fail, 0);
        }
    }

    static final class MeanModel implements TrainedModel {
        final double mean;
        final int savePauseMillis;

        MeanModel(double mean, int savePauseMillis) {
            this.mean = mean;
            this.savePauseMillis = savePauseMillis;
        }

        @Override
        public double[] predict(BatterySeries series) {
            double[] p = new double[series.cycles().size()];
            Arrays.fill(p, mean);
            return p;
        }

        @Override
        public void save(Path directory) throws IOException {
            Files.writeString(directory.resolve("mean.txt"), Double.toString(mean));
            pause(savePauseMillis);
            Files.writeString(directory.resolve("mean.check"), Double.toString(-mean));
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return id.equals("mean") ? "Mean" : "Mean (" + id + ")";
    }

    @Override
    public String version() {
        return "0.1";
    }

    @Override
    public Set<Target> supportedTargets() {
        return targets;
    }

    @Override
    public Class<? extends Record> settingsType() {
        return MeanSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return new MeanSettings(3, 0, false);
    }

    @Override
    public TrainedModel train(TrainingData data, Record settings, TrainingMonitor monitor) {
        MeanSettings s = (MeanSettings) settings;
        double mean = data.train().stream().flatMap(c -> c.cycles().stream()).mapToDouble(r -> truth(r, data))
                .average().orElseThrow();
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            if (monitor.isCanceled()) {
                throw new TrainingCanceledException();
            }
            if (s.fail() && epoch == 2) {
                throw new IllegalStateException("loss became NaN");
            }
            pause(s.pauseMillis());
            double[] truth = data.validation().stream().flatMap(c -> c.cycles().stream()).mapToDouble(r -> truth(r, data))
                    .toArray();
            double[] predicted = new double[truth.length];
            Arrays.fill(predicted, mean);
            Metrics m = truth.length == 0 ? null : Metrics.of(truth, predicted);
            monitor.epoch(new EpochMetrics(epoch, s.epochs(), 1.0 / epoch, m == null ? Double.NaN : m.mse(), m));
        }
        monitor.log("mean " + mean);
        return new MeanModel(mean, s.savePauseMillis());
    }

    @Override
    public TrainedModel load(Path directory) throws IOException {
        double mean = Double.parseDouble(Files.readString(directory.resolve("mean.txt")));
        if (Double.parseDouble(Files.readString(directory.resolve("mean.check"))) != -mean) {
            throw new IOException("model files do not match: " + directory);
        }
        return new MeanModel(mean, 0);
    }

    private static double truth(io.batterylab.core.model.CycleRecord row, TrainingData data) {
        return row.target(data.target()).orElseThrow();
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
