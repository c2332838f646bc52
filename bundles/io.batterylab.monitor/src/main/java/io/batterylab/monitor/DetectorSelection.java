package io.batterylab.monitor;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a device's detector ids into running models, through the {@link DetectorRegistry}: detectors that need no
 * training run with their default settings. An id that is not installed, or a detector that needs a trained model,
 * is left out and logged.
 */
public final class DetectorSelection {
    private static final Logger LOG = LoggerFactory.getLogger(DetectorSelection.class);
    /** The node's own rule and the rate of rise, both untrained. */
    public static final List<String> DEFAULT = List.of("threshold", "rise");

    private final DetectorRegistry registry;

    public DetectorSelection(DetectorRegistry registry) {
        this.registry = registry;
    }

    public List<EnabledDetector> enable(String deviceId, List<String> ids) {
        List<EnabledDetector> enabled = new ArrayList<>();
        for (String id : ids) {
            Optional<Detector> detector = registry.find(id);
            if (detector.isEmpty()) {
                LOG.warn("Detector {} of device {} is not installed; the device runs without it", id, deviceId);
            } else if (detector.get().needsTrainedModel()) {
                LOG.warn("Detector {} of device {} needs a trained model; the device runs without it", id, deviceId);
            } else {
                Detector d = detector.get();
                enabled.add(new EnabledDetector(id, d.train(null, d.defaultSettings()), d.window()));
            }
        }
        return enabled;
    }
}
