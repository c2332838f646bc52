package io.batterylab.monitor;

import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.WindowSpec;

/** A detector model running on a device, with the window its detector reads. */
public record EnabledDetector(String id, DetectorModel model, WindowSpec window) {
}
