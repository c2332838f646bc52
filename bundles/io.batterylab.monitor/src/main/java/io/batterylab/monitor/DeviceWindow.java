package io.batterylab.monitor;

import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.SensorSample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One device's newest samples in device-time order. A sample with a timestamp already held is a duplicate; one
 * older than the newest is inserted in its place (late); a jump forward of more than the gap limit, or back by
 * more than the restart limit (the node rebooted: its clock is its uptime), starts a new window after a gap.
 * Detectors read only samples after the last gap. Not thread-safe: one device is handled by one thread at a time.
 */
public final class DeviceWindow {
    /** What became of an offered sample. */
    public enum Offer {
        ACCEPTED, AFTER_GAP, LATE, DUPLICATE, TOO_LATE;

        public boolean kept() {
            return this != DUPLICATE && this != TOO_LATE;
        }
    }

    private final int capacity;
    private final long gapMs;
    private final long restartMs;
    private final List<SensorSample> samples = new ArrayList<>();

    /**
     * @param capacity samples kept (at least the longest detector window)
     * @param gapMs a forward jump larger than this is a gap
     * @param restartMs a backward jump larger than this is a restarted node clock
     */
    public DeviceWindow(int capacity, long gapMs, long restartMs) {
        this.capacity = capacity;
        this.gapMs = gapMs;
        this.restartMs = restartMs;
    }

    public Offer offer(SensorSample sample) {
        long t = sample.timestampMs();
        if (samples.isEmpty()) {
            samples.add(sample);
            return Offer.ACCEPTED;
        }
        long newest = samples.getLast().timestampMs();
        if (t > newest + gapMs || t < newest - restartMs) {
            samples.clear();
            samples.add(sample);
            return Offer.AFTER_GAP;
        }
        if (t > newest) {
            samples.add(sample);
            trim();
            return Offer.ACCEPTED;
        }
        int index = insertionPoint(t);
        if (index < 0) {
            return Offer.DUPLICATE;
        }
        if (index == 0 && samples.size() >= capacity) {
            return Offer.TOO_LATE;
        }
        samples.add(index, sample);
        trim();
        return Offer.LATE;
    }

    /** Where a sample of time t goes, or -1 when one of that time is held. */
    private int insertionPoint(long t) {
        int low = 0;
        int high = samples.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midTime = samples.get(mid).timestampMs();
            if (midTime == t) {
                return -1;
            }
            if (midTime < t) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private void trim() {
        while (samples.size() > capacity) {
            samples.removeFirst();
        }
    }

    public int size() {
        return samples.size();
    }

    public Optional<SensorSample> newest() {
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.getLast());
    }

    /**
     * The newest {@code count} samples as a detector window (times in seconds of device time), or empty while
     * fewer are held since the last gap. A channel a sample lacks (failed sensor) takes the nearest earlier value
     * (the first known one at the start); a channel no sample has is left out.
     */
    public Optional<SampleWindow> window(int count) {
        if (samples.size() < count) {
            return Optional.empty();
        }
        List<SensorSample> recent = samples.subList(samples.size() - count, samples.size());
        double[] times = new double[count];
        Map<String, double[]> channels = new HashMap<>();
        for (int i = 0; i < count; i++) {
            SensorSample sample = recent.get(i);
            times[i] = sample.timestampMs() / 1000.0;
            for (Map.Entry<String, Double> value : sample.channels().entrySet()) {
                channels.computeIfAbsent(value.getKey(), k -> filled(count))[i] = value.getValue();
            }
        }
        channels.values().forEach(DeviceWindow::fillMissing);
        return Optional.of(new SampleWindow(times, channels));
    }

    private static double[] filled(int count) {
        double[] values = new double[count];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    private static void fillMissing(double[] values) {
        double last = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                last = v;
                break;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                values[i] = last;
            } else {
                last = values[i];
            }
        }
    }
}
