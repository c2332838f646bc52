package com.example.batterylab.algorithm.ridge;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** A ridge fit over (features..., cycle), saved as a properties file. */
final class RidgeModel implements TrainedModel {
    static final String FILE = "ridge.properties";
    private final List<Feature> features;
    private final RidgeFit fit;

    RidgeModel(List<Feature> features, RidgeFit fit) {
        this.features = List.copyOf(features);
        this.fit = fit;
    }

    static double[] inputs(CycleRecord row, List<Feature> features) {
        double[] x = new double[features.size() + 1];
        for (int j = 0; j < features.size(); j++) {
            x[j] = row.features().valueOrNaN(features.get(j));
        }
        x[features.size()] = row.cycle();
        return x;
    }

    @Override
    public double[] predict(BatterySeries series) {
        return series.cycles().stream().mapToDouble(row -> {
            double[] x = inputs(row, features);
            return Arrays.stream(x).anyMatch(Double::isNaN) ? Double.NaN : fit.predict(x);
        }).toArray();
    }

    @Override
    public void save(Path directory) throws IOException {
        Properties p = new Properties();
        p.setProperty("features", String.join(",", features.stream().map(Feature::key).toList()));
        p.setProperty("mean", join(fit.mean()));
        p.setProperty("scale", join(fit.scale()));
        p.setProperty("weights", join(fit.weights()));
        p.setProperty("intercept", Double.toString(fit.intercept()));
        try (Writer out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(out, "ridge regression");
        }
    }

    static RidgeModel load(Path directory) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        List<Feature> features = new ArrayList<>();
        for (String key : p.getProperty("features", "").split(",")) {
            features.add(Feature.byKey(key).orElseThrow(() -> new IOException("unknown feature '" + key + "' in " + FILE)));
        }
        return new RidgeModel(features, new RidgeFit(split(p.getProperty("mean")), split(p.getProperty("scale")),
                split(p.getProperty("weights")), Double.parseDouble(p.getProperty("intercept"))));
    }

    private static String join(double[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Double::toString).toList());
    }

    private static double[] split(String values) {
        return Arrays.stream(values.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
