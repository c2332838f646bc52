package io.batterylab.core.detection;

import io.batterylab.core.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Base of a detector that needs no training: a subclass names itself and gives its rule for a settings record;
 * training only checks and records the settings, loading reads them back from the manifest.
 */
public abstract class RuleDetector<S extends Record> implements Detector {
    private final String id;
    private final String displayName;
    private final Class<S> settingsType;
    private final S defaults;
    private final List<String> channels;

    protected RuleDetector(String id, String displayName, Class<S> settingsType, S defaults, List<String> channels) {
        this.id = id;
        this.displayName = displayName;
        this.settingsType = settingsType;
        this.defaults = defaults;
        this.channels = List.copyOf(channels);
    }

    /** The rule for checked settings; called once per model, the function once per window. */
    protected abstract Function<SampleWindow, Assessment> rule(S settings);

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<String> channels() {
        return channels;
    }

    @Override
    public WindowSpec window() {
        return WindowSpec.DEVICE_DEFAULT;
    }

    @Override
    public boolean needsTrainedModel() {
        return false;
    }

    @Override
    public Class<S> settingsType() {
        return settingsType;
    }

    @Override
    public S defaultSettings() {
        return defaults;
    }

    @Override
    public DetectorModel train(LabelledWindows data, Record settings) {
        return model(Settings.check(settings, settingsType));
    }

    @Override
    public DetectorModel load(Path directory) throws IOException {
        return model(DetectorModelFile.read(directory, this, settingsType));
    }

    private DetectorModel model(S settings) {
        return RuleModel.of(this, settings, rule(settings));
    }
}
