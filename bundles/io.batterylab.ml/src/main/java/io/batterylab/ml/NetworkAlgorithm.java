package io.batterylab.ml;

import io.batterylab.core.model.Target;
import io.batterylab.core.settings.Settings;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * What the built-in DJL algorithms share around their networks: identity, settings type and defaults, the settings
 * check before training, and reading {@code model.json} (with the algorithm check) before loading. Subclasses build,
 * train and reload their network.
 *
 * @param <S> the algorithm's settings record
 */
public abstract class NetworkAlgorithm<S extends Record> implements Algorithm {
    private final String id;
    private final String displayName;
    private final String version;
    private final Class<S> settingsType;
    private final S defaults;

    protected NetworkAlgorithm(String id, String displayName, String version, Class<S> settingsType, S defaults) {
        this.id = id;
        this.displayName = displayName;
        this.version = version;
        this.settingsType = settingsType;
        this.defaults = defaults;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final String version() {
        return version;
    }

    /** RUL and PCL: every built-in network regresses either. */
    @Override
    public Set<Target> supportedTargets() {
        return Set.of(Target.RUL, Target.PCL);
    }

    @Override
    public final Class<? extends Record> settingsType() {
        return settingsType;
    }

    @Override
    public final Record defaultSettings() {
        return defaults;
    }

    @Override
    public final TrainedModel train(TrainingData data, Record settings, TrainingMonitor monitor) {
        S checked = Settings.check(settings, settingsType);
        ScaledRows rows = ScaledRows.of(data);
        return train(data, rows, new ModelFile<>(id, version, rows.target(), rows.features(), checked,
                rows.inputScaler(), rows.targetScaler()), monitor);
    }

    /**
     * Trains on checked settings ({@code description.settings()}).
     *
     * @param rows the complete rows of the selection and the scalers fitted on its training rows
     * @param description what the trained model will save as {@code model.json}
     */
    protected abstract TrainedModel train(TrainingData data, ScaledRows rows, ModelFile<S> description,
            TrainingMonitor monitor);

    @Override
    public final TrainedModel load(Path directory) throws IOException {
        return load(ModelFile.read(directory, id, displayName, settingsType), directory);
    }

    /** Rebuilds the network of {@code description} and loads the checkpoint of {@code directory} into it. */
    protected abstract TrainedModel load(ModelFile<S> description, Path directory) throws IOException;
}
