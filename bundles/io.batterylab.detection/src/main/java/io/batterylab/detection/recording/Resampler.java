package io.batterylab.detection.recording;

/**
 * Puts a recording on the device's grid (2 Hz by default). The grid starts at the first sample and ends at or
 * before the last; the value at grid time t is
 * <ol>
 * <li>the mean of the raw samples in [t − period/2, t + period/2) where that bin holds two or more (dense
 * logging such as the 0.1 ms bursts is averaged, not picked from);</li>
 * <li>otherwise the linear interpolation between the last raw sample at or before t and the first at or after
 * it, if those two are at most {@code maxGapSeconds} apart (1 s or 5 s logging);</li>
 * <li>otherwise missing (NaN): across a longer gap nothing is invented, and no window or label may use the
 * point.</li>
 * </ol>
 */
public record Resampler(double periodSeconds, double maxGapSeconds) {
    /** 2 Hz; gaps up to 10 s are bridged (the 5 s logging of long normal recordings), longer ones are not. */
    public static final Resampler DEVICE = new Resampler(0.5, 10);

    public Resampler {
        if (!(periodSeconds > 0) || !(maxGapSeconds >= periodSeconds)) {
            throw new IllegalArgumentException("need period > 0 and max gap >= period, got " + periodSeconds
                    + " s and " + maxGapSeconds + " s");
        }
    }

    public ResampledRecording resample(ThermalRecording recording) {
        double[] t = recording.timesSeconds();
        double[] v = recording.temperatures();
        double start = t[0];
        int size = (int) Math.floor((t[t.length - 1] - start) / periodSeconds + 1e-9) + 1;
        double[] values = new double[size];
        int next = 0; // first raw sample not before the current bin
        int after = 0; // first raw sample not before the grid time
        for (int k = 0; k < size; k++) {
            double centre = start + k * periodSeconds;
            double from = centre - periodSeconds / 2;
            double to = centre + periodSeconds / 2;
            while (next < t.length && t[next] < from) {
                next++;
            }
            double sum = 0;
            int count = 0;
            for (int i = next; i < t.length && t[i] < to; i++) {
                sum += v[i];
                count++;
            }
            while (after < t.length && t[after] < centre) {
                after++;
            }
            values[k] = count > 1 ? sum / count : interpolate(t, v, after, centre);
        }
        return new ResampledRecording(recording.name(), recording.runaway(), start, periodSeconds, values);
    }

    /** Between the last raw sample before t (index after − 1) and the first at or after it (index after). */
    private double interpolate(double[] t, double[] v, int after, double time) {
        if (after < t.length && t[after] == time) {
            return v[after];
        }
        if (after == 0 || after >= t.length || t[after] - t[after - 1] > maxGapSeconds) {
            return Double.NaN;
        }
        double share = (time - t[after - 1]) / (t[after] - t[after - 1]);
        return v[after - 1] + share * (v[after] - v[after - 1]);
    }
}
