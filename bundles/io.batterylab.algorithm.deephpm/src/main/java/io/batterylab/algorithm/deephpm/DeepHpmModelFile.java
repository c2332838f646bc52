package io.batterylab.algorithm.deephpm;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.ml.StandardScaler;
import java.util.List;

/** {@code model.json} of a DeepHPM model: everything but the weights that a prediction needs. */
record DeepHpmModelFile(String algorithm, String version, Target target, List<Feature> features,
        DeepHpmSettings settings, StandardScaler inputScaler, StandardScaler targetScaler) {
    static final String NAME = "model.json";

    DeepHpmNetwork network() {
        return new DeepHpmNetwork(features.size(), settings.hiddenLayers(), settings.neurons(), settings.dynamicalInputs());
    }
}
