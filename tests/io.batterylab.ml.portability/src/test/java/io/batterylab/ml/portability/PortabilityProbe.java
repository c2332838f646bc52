package io.batterylab.ml.portability;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.ml.DjlRuntime;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The other JVM of the portability test: loads the saved models, predicts the unseen cell, runs the torch.nn.LSTM
 * comparison, and writes what it found as JSON. Started with or without the variables that hold libtorch's kernels
 * to AVX2.
 *
 * <p>Arguments: models directory (one sub-directory per algorithm id), fixture, output file.
 */
public final class PortabilityProbe {
    /** What one JVM found. */
    record Findings(String atenCapability, boolean oneDnnEnabled, double lstmReferenceDifference, Map<String, double[]> predictions) {
    }

    /** Writes and reads NaN, the prediction for rows a model cannot predict. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private PortabilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path models = Path.of(args[0]);
        Map<String, double[]> predictions = new TreeMap<>();
        for (var entry : PortableModels.all().entrySet()) {
            try (TrainedModel model = entry.getValue().algorithm().load(models.resolve(entry.getKey()))) {
                predictions.put(entry.getKey(), model.predict(PortableModels.unseen()));
            }
        }
        Findings findings = new Findings(AtenCapability.current(), DjlRuntime.oneDnnEnabled(),
                TorchLstmReference.largestDifference(Path.of(args[1])), predictions);
        JSON.writeValue(Path.of(args[2]).toFile(), findings);
    }
}
