package io.batterylab.detection.recording;

/**
 * The task's label and the onset derived from it. A grid point k is <b>positive</b> when the temperature rises
 * more than {@code riseCelsius} above its value at k within the next {@code horizonSeconds}: max(v[k+1 .. k+h])
 * − v[k] &gt; rise, h = horizon / period. It is <b>labelled</b> only when v[k] and every value of that horizon are
 * present (the last h points of a recording and points next to gaps have no label). The <b>onset</b> of a
 * recording is the time of its first positive point: from then on the temperature is seen to run away within
 * the horizon. Lead time = onset − first alarm.
 */
public record RunawayLabels(double riseCelsius, double horizonSeconds) {
    /** The original task: more than 5 °C within the next 20 s. */
    public static final RunawayLabels TASK = new RunawayLabels(5, 20);

    /** Per grid point: 1 positive, 0 negative, -1 no label. */
    public byte[] of(ResampledRecording recording) {
        int h = (int) Math.round(horizonSeconds / recording.periodSeconds());
        double[] v = recording.values();
        byte[] labels = new byte[v.length];
        for (int k = 0; k < v.length; k++) {
            labels[k] = label(v, k, h);
        }
        return labels;
    }

    private byte label(double[] v, int k, int h) {
        if (k + h >= v.length || Double.isNaN(v[k])) {
            return -1;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = k + 1; i <= k + h; i++) {
            if (Double.isNaN(v[i])) {
                return -1;
            }
            max = Math.max(max, v[i]);
        }
        return (byte) (max - v[k] > riseCelsius ? 1 : 0);
    }

    /** Seconds of the first positive point, or NaN when the recording never runs away by this rule. */
    public double onsetSeconds(ResampledRecording recording) {
        byte[] labels = of(recording);
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] == 1) {
                return recording.time(k);
            }
        }
        return Double.NaN;
    }
}
