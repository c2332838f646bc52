package io.batterylab.core.detection;

/** A detector model kept for a user under {@code data/{userId}/detectors/{id}/}. */
public record StoredDetectorModel(long id, long userId, DetectorModelManifest manifest) {
}
