package io.batterylab.test.support;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.SensorSample;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A connector's listener that keeps every sample it is given; a malformed payload fails the test. */
public final class CollectedSamples implements DeviceConnector.Listener {
    private final List<SensorSample> samples = new CopyOnWriteArrayList<>();

    @Override
    public void onSample(SensorSample sample) {
        samples.add(sample);
    }

    @Override
    public void onMalformed(String deviceId, String reason) {
        throw new AssertionError("malformed from " + deviceId + ": " + reason);
    }

    /** The samples so far, in arrival order. */
    public List<SensorSample> samples() {
        return List.copyOf(samples);
    }

    /** Waits up to {@code seconds} for at least {@code count} samples. @return the samples then */
    public List<SensorSample> await(int count, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (samples.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return samples();
    }
}
