package io.batterylab.algorithm.baseline;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.ml.StandardScaler;
import java.util.List;

/** {@code model.json} of a Baseline model: everything but the weights that a prediction needs. */
record BaselineModelFile(String algorithm, String version, Target target, List<Feature> features,
        BaselineSettings settings, StandardScaler inputScaler, StandardScaler targetScaler) {
    static final String NAME = "model.json";
}
