package io.batterylab.monitor;

import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.SensorSample;
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
    private final WindowColumns rows;
    private SensorSample newest;

    /**
     * @param capacity samples kept (at least the longest detector window)
     * @param gapMs a forward jump larger than this is a gap
     * @param restartMs a backward jump larger than this is a restarted node clock
     */
    public DeviceWindow(int capacity, long gapMs, long restartMs) {
        this.capacity = capacity;
        this.gapMs = gapMs;
        this.restartMs = restartMs;
        this.rows = new WindowColumns(capacity);
    }

    public Offer offer(SensorSample sample) {
        long t = sample.timestampMs();
        if (rows.size() == 0) {
            keep(rows.size(), sample);
            return Offer.ACCEPTED;
        }
        long newestTime = rows.timeAt(rows.size() - 1);
        if (t > newestTime + gapMs || t < newestTime - restartMs) {
            rows.clear();
            keep(0, sample);
            return Offer.AFTER_GAP;
        }
        if (t > newestTime) {
            keep(rows.size(), sample);
            return Offer.ACCEPTED;
        }
        int index = insertionPoint(t);
        if (index < 0) {
            return Offer.DUPLICATE;
        }
        if (index == 0 && rows.size() >= capacity) {
            return Offer.TOO_LATE;
        }
        rows.insert(index, t, sample.channels());
        return Offer.LATE;
    }

    private void keep(int index, SensorSample sample) {
        rows.insert(index, sample.timestampMs(), sample.channels());
        newest = sample;
    }

    /** Where a sample of time t goes, or -1 when one of that time is held. */
    private int insertionPoint(long t) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midTime = rows.timeAt(mid);
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

    public int size() {
        return rows.size();
    }

    public Optional<SensorSample> newest() {
        return rows.size() == 0 ? Optional.empty() : Optional.of(newest);
    }

    /**
     * The newest {@code count} samples as a detector window (times in seconds of device time), or empty while
     * fewer are held since the last gap. A channel a sample lacks (failed sensor) takes the nearest earlier value
     * (the first known one at the start); a channel no sample has is left out. The window reads the primitive
     * columns the samples were written into when they arrived, a channel only when a detector asks for it; it keeps
     * its samples' values after later samples arrive.
     */
    public Optional<SampleWindow> window(int count) {
        return rows.size() < count ? Optional.empty() : Optional.of(rows.newest(count));
    }
}
