package io.batterylab.core.detection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The model of a detector that needs no training: its settings and its rule. Saving writes only the manifest
 * ({@link DetectorModelFile}), so a rule detector is stored, loaded and evaluated like a trained one.
 */
public final class RuleModel implements DetectorModel {
    private final Detector detector;
    private final Record settings;
    private final Function<SampleWindow, Assessment> rule;

    private RuleModel(Detector detector, Record settings, Function<SampleWindow, Assessment> rule) {
        this.detector = detector;
        this.settings = settings;
        this.rule = rule;
    }

    public static RuleModel of(Detector detector, Record settings, Function<SampleWindow, Assessment> rule) {
        return new RuleModel(detector, settings, rule);
    }

    @Override
    public String detectorId() {
        return detector.id();
    }

    @Override
    public Record settings() {
        return settings;
    }

    @Override
    public Assessment assess(SampleWindow window) {
        requireChannels(detector, window);
        return rule.apply(window);
    }

    @Override
    public void save(Path directory) throws IOException {
        DetectorModelFile.write(directory, detector, settings);
    }

    /** @throws IllegalArgumentException naming the detector and the first declared channel the window lacks */
    public static void requireChannels(Detector detector, SampleWindow window) {
        for (String channel : detector.channels()) {
            if (!window.has(channel)) {
                throw new IllegalArgumentException("detector " + detector.id() + " needs channel " + channel
                        + "; the window has " + window.channels().keySet());
            }
        }
    }
}
