package io.batterylab.detection.recording;

/** A file left out of training or evaluation, and why. */
public record RecordingProblem(String file, String reason) {
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
