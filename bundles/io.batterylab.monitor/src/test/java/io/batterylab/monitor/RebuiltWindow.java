package io.batterylab.monitor;

import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.SensorSample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The detector window as the monitor built it before {@link DeviceWindow} kept primitive columns: a list of the
 * samples, rebuilt into maps of arrays for every window. The reference the columns are checked against.
 */
final class RebuiltWindow {
    private final int capacity;
    private final long gapMs;
    private final long restartMs;
    private final List<SensorSample> samples = new ArrayList<>();

    /**
     * @param capacity samples kept (at least the longest detector window)
     * @param gapMs a forward jump larger than this is a gap
     * @param restartMs a backward jump larger than this is a restarted node clock
     */
    RebuiltWindow(int capacity, long gapMs, long restartMs) {
        this.capacity = capacity;
        this.gapMs = gapMs;
        this.restartMs = restartMs;
    }

    DeviceWindow.Offer offer(SensorSample sample) {
        long t = sample.timestampMs();
        if (samples.isEmpty()) {
            samples.add(sample);
            return DeviceWindow.Offer.ACCEPTED;
        }
        long newest = samples.getLast().timestampMs();
        if (t > newest + gapMs || t < newest - restartMs) {
            samples.clear();
            samples.add(sample);
            return DeviceWindow.Offer.AFTER_GAP;
        }
        if (t > newest) {
            samples.add(sample);
            trim();
            return DeviceWindow.Offer.ACCEPTED;
        }
        int index = insertionPoint(t);
        if (index < 0) {
            return DeviceWindow.Offer.DUPLICATE;
        }
        if (index == 0 && samples.size() >= capacity) {
            return DeviceWindow.Offer.TOO_LATE;
        }
        samples.add(index, sample);
        trim();
        return DeviceWindow.Offer.LATE;
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

    int size() {
        return samples.size();
    }

    Optional<SensorSample> newest() {
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.getLast());
    }

    /**
     * The newest {@code count} samples as a detector window (times in seconds of device time), or empty while
     * fewer are held since the last gap. A channel a sample lacks (failed sensor) takes the nearest earlier value
     * (the first known one at the start); a channel no sample has is left out.
     */
    Optional<SampleWindow> window(int count) {
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
        channels.values().forEach(RebuiltWindow::fillMissing);
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
