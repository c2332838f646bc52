package io.batterylab.core.detection;

import io.batterylab.core.plugin.Plugin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Gives a runaway risk for a device's recent window of samples. Implementations are DS components in their own
 * bundles; the settings are a record whose components carry {@link io.batterylab.core.settings.Setting}.
 * Detectors that need no training accept {@link #train} too (the model then only holds their settings), so
 * every detector is trained, saved and evaluated the same way.
 */
public interface Detector extends Plugin {
    /** Version of the implementation, stored with every model. */
    String version();

    /** Channels the detector reads ({@link Channels}); windows must carry them. */
    List<String> channels();

    WindowSpec window();

    /** Whether {@link #train} learns from the data (false: it only records the settings). */
    boolean needsTrainedModel();

    Class<? extends Record> settingsType();

    Record defaultSettings();

    /** @throws IllegalArgumentException when the settings are out of bounds or the data cannot train it */
    DetectorModel train(LabelledWindows data, Record settings);

    /**
     * Loads a model that {@link DetectorModel#save(Path)} wrote.
     *
     * @throws IOException when the files are missing or corrupt, or belong to another detector
     */
    DetectorModel load(Path directory) throws IOException;
}
