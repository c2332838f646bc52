package io.batterylab.monitor.live;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.detector.rise.RiseDetector;
import io.batterylab.detector.threshold.ThresholdDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registry as the product has it with the two untrained detectors installed, and any others given. */
public final class InstalledDetectors implements DetectorRegistry {
    private final List<Detector> detectors;

    public InstalledDetectors(Detector... more) {
        List<Detector> all = new ArrayList<>(List.of(new ThresholdDetector(), new RiseDetector()));
        all.addAll(List.of(more));
        detectors = List.copyOf(all);
    }

    @Override
    public List<Detector> all() {
        return detectors;
    }

    @Override
    public Optional<Detector> find(String id) {
        return detectors.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
