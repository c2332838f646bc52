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
    static final int MAX_PER_DEVICE = 10;

    private final DetectorRegistry registry;

    public DetectorSelection(DetectorRegistry registry) {
        this.registry = registry;
    }

    /**
     * Checks a device's detector choice before it is stored: 1 to {@value #MAX_PER_DEVICE} distinct ids, each
     * installed and runnable without a trained model.
     *
     * @throws IllegalArgumentException naming the first id that cannot run
     */
    public void check(List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_PER_DEVICE) {
            throw new IllegalArgumentException("detectors: choose 1 to " + MAX_PER_DEVICE + " detector ids, e.g. "
                    + DEFAULT);
        }
        if (ids.stream().distinct().count() < ids.size()) {
            throw new IllegalArgumentException("detectors: an id is given twice in " + ids);
        }
        for (String id : ids) {
            Optional<Detector> detector = id == null ? Optional.empty() : registry.find(id);
            if (detector.isEmpty()) {
                throw new IllegalArgumentException("detectors: '" + id + "' is not installed; installed: "
                        + registry.all().stream().map(Detector::id).toList());
            }
            if (detector.get().needsTrainedModel()) {
                throw new IllegalArgumentException("detectors: '" + id + "' needs a trained model, which live "
                        + "monitoring does not run yet; choose one that runs untrained");
            }
        }
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
