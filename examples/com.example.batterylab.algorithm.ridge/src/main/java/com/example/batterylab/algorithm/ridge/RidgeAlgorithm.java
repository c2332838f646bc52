package com.example.batterylab.algorithm.ridge;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Target;
import io.batterylab.core.settings.Settings;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingCanceledException;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * A third party's algorithm: ridge regression on the selected features and the cycle number. One bundle, one DS
 * component, imports only io.batterylab.core packages; no DJL. Trains in one closed-form step (one "epoch").
 */
@Component(service = Algorithm.class)
public final class RidgeAlgorithm implements Algorithm {
    @Override
    public String id() {
        return "example.ridge";
    }

    @Override
    public String displayName() {
        return "Ridge regression (example plugin)";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public Set<Target> supportedTargets() {
        return Set.of(Target.RUL, Target.PCL);
    }

    @Override
    public Class<? extends Record> settingsType() {
        return RidgeSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return new RidgeSettings(1.0);
    }

    @Override
    public TrainedModel train(TrainingData data, Record settings, TrainingMonitor monitor) {
        RidgeSettings s = Settings.check(settings, RidgeSettings.class);
        if (monitor.isCanceled()) {
            throw new TrainingCanceledException();
        }
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (BatterySeries cell : data.train()) {
            for (CycleRecord row : cell.cycles()) {
                double[] inputs = RidgeModel.inputs(row, data.features());
                double target = row.target(data.target()).orElse(Double.NaN);
                if (Arrays.stream(inputs).noneMatch(Double::isNaN) && !Double.isNaN(target)) {
                    x.add(inputs);
                    y.add(target);
                }
            }
        }
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no training row has all selected features and the target");
        }
        RidgeFit fit = RidgeFit.fit(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray(), s.lambda());
        RidgeModel model = new RidgeModel(data.features(), fit);
        monitor.log("ridge fit on " + x.size() + " rows, lambda " + s.lambda());
        monitor.epoch(validation(model, data));
        return model;
    }

    private static EpochMetrics validation(RidgeModel model, TrainingData data) {
        if (data.validation().isEmpty()) {
            return new EpochMetrics(1, 1, Double.NaN, Double.NaN, null);
        }
        List<Double> truth = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        for (BatterySeries cell : data.validation()) {
            double[] p = model.predict(cell);
            for (int i = 0; i < p.length; i++) {
                double t = cell.cycles().get(i).target(data.target()).orElse(Double.NaN);
                if (!Double.isNaN(p[i]) && !Double.isNaN(t)) {
                    truth.add(t);
                    predicted.add(p[i]);
                }
            }
        }
        Metrics metrics = Metrics.of(truth.stream().mapToDouble(Double::doubleValue).toArray(),
                predicted.stream().mapToDouble(Double::doubleValue).toArray());
        return new EpochMetrics(1, 1, Double.NaN, metrics.mse(), metrics);
    }

    @Override
    public TrainedModel load(Path directory) throws IOException {
        return RidgeModel.load(directory);
    }
}
