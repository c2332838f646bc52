package io.batterylab.core.detection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a stored detector model says about itself: the detector id and version and the settings it was made with
 * (from {@link DetectorModelFile}), the recordings it was trained on (file names; empty for a rule detector given
 * no recordings), its evaluation figures (name → value, with {@code evaluated_on} saying on what), and when it was
 * made.
 */
public record DetectorModelManifest(String detectorId, String detectorVersion, Map<String, String> settings,
        List<String> trainedOn, Map<String, String> evaluation, Instant created) {
    public DetectorModelManifest {
        settings = Map.copyOf(settings);
        trainedOn = List.copyOf(trainedOn);
        evaluation = Map.copyOf(evaluation);
    }
}
