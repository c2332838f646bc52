package io.batterylab.core.detection;

import java.io.IOException;

/**
 * The detector a stored detector model needs is not installed (e.g. its plugin jar was removed from the plugins
 * folder). The message names the detector and is written for the user, as {@code AlgorithmNotInstalledException}'s
 * is for model versions. An {@link IOException}: like a missing or corrupt model, the model cannot be loaded.
 */
public class DetectorNotInstalledException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String detectorId;

    public DetectorNotInstalledException(String detectorId, String context) {
        super("detector '" + detectorId + "' is not installed" + (context == null ? "" : ": " + context));
        this.detectorId = detectorId;
    }

    public String detectorId() {
        return detectorId;
    }
}
