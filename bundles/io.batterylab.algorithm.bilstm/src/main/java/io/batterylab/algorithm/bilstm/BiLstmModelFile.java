package io.batterylab.algorithm.bilstm;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.ml.StandardScaler;
import java.util.List;

/** {@code model.json} of a BiLSTM model: everything but the weights that a prediction needs. */
record BiLstmModelFile(String algorithm, String version, Target target, List<Feature> features,
        BiLstmSettings settings, StandardScaler inputScaler, StandardScaler targetScaler) {
    static final String NAME = "model.json";
}
