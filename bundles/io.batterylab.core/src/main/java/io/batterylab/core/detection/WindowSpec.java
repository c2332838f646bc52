package io.batterylab.core.detection;

/**
 * The window a detector reads: {@code samples} consecutive samples {@code periodSeconds} apart, the newest
 * last (the original task: 60 samples at 0.5 s, i.e. the device's 2 Hz).
 */
public record WindowSpec(int samples, double periodSeconds) {
    public static final WindowSpec DEVICE_DEFAULT = new WindowSpec(60, 0.5);

    public WindowSpec {
        if (samples < 2) {
            throw new IllegalArgumentException("a window needs at least 2 samples, got " + samples);
        }
        if (!(periodSeconds > 0)) {
            throw new IllegalArgumentException("sample period must be > 0 s, got " + periodSeconds);
        }
    }

    public double durationSeconds() {
        return (samples - 1) * periodSeconds;
    }
}
