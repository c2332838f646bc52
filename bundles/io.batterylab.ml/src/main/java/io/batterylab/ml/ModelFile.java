package io.batterylab.ml;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code model.json} of a trained network: everything but the weights that a prediction needs.
 *
 * @param <S> the algorithm's settings record
 */
public record ModelFile<S extends Record>(String algorithm, String version, Target target, List<Feature> features,
        S settings, StandardScaler inputScaler, StandardScaler targetScaler) {
    public static final String NAME = "model.json";

    public ModelFile {
        features = List.copyOf(features);
    }

    /**
     * Reads {@code model.json} of a model directory and checks that it was written by the expected algorithm.
     *
     * @param label how users know the algorithm, for the message
     */
    public static <S extends Record> ModelFile<S> read(Path directory, String algorithm, String label, Class<S> settingsType)
            throws IOException {
        ModelFile<S> file = ModelFiles.readModelFile(directory.resolve(NAME), settingsType);
        if (!algorithm.equals(file.algorithm())) {
            throw new IOException(directory + " holds a " + file.algorithm() + " model, not a " + label + " model");
        }
        return file;
    }

    void write(Path directory) throws IOException {
        ModelFiles.writeJson(directory.resolve(NAME), this);
    }
}
