package io.batterylab.core.detection;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A device's recent samples, oldest first: timestamps in seconds and one value array per channel, all of the
 * same length. The arrays are not copied (windows are made by the million in evaluation): callers must not
 * change them afterwards. A window made {@link #onDemand} reads a channel's values when a detector first asks for
 * them; to a detector it is the same as one made with all of its arrays.
 */
public record SampleWindow(double[] timesSeconds, Map<String, double[]> channels) {
    public SampleWindow {
        if (!(channels instanceof OnDemandChannels onDemand && onDemand.length() == timesSeconds.length)) {
            channels = Map.copyOf(channels);
            for (Map.Entry<String, double[]> channel : channels.entrySet()) {
                if (channel.getValue().length != timesSeconds.length) {
                    throw new IllegalArgumentException("channel " + channel.getKey() + " has "
                            + channel.getValue().length + " values for " + timesSeconds.length + " timestamps");
                }
            }
        }
        if (timesSeconds.length == 0) {
            throw new IllegalArgumentException("a window needs at least one sample");
        }
    }

    /**
     * A window whose channel values are read from {@code reader} when first asked for ({@link #channel},
     * {@link #channels()}{@code .get}, …) and then kept; {@link #latest} asks the reader for the newest value alone.
     * For a caller that holds the values in its own form and would otherwise copy every channel for every window.
     *
     * @param channels the channels the window has ({@link #has}); the reader is asked for these only
     * @since 1.1
     */
    public static SampleWindow onDemand(double[] timesSeconds, Set<String> channels, ChannelReader reader) {
        return new SampleWindow(timesSeconds, new OnDemandChannels(timesSeconds.length, channels, reader));
    }

    /** A window of one channel. */
    public static SampleWindow of(double[] timesSeconds, String channel, double[] values) {
        return new SampleWindow(timesSeconds, Map.of(channel, values));
    }

    /** A window of one channel on a regular grid: sample i at {@code i * periodSeconds}. */
    public static SampleWindow regular(String channel, double periodSeconds, double[] values) {
        double[] times = new double[values.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = i * periodSeconds;
        }
        return of(times, channel, values);
    }

    public int size() {
        return timesSeconds.length;
    }

    public boolean has(String channel) {
        return channels.containsKey(channel);
    }

    /** The values of a channel the detector declared. */
    public double[] channel(String name) {
        double[] values = channels.get(name);
        if (values == null) {
            throw new IllegalArgumentException("window has no channel " + name + "; it has " + channels.keySet());
        }
        return values;
    }

    /** The newest value of a channel. */
    public double latest(String name) {
        if (channels instanceof OnDemandChannels onDemand && onDemand.containsKey(name)) {
            return onDemand.latest(name);
        }
        double[] values = channel(name);
        return values[values.length - 1];
    }

    /**
     * Least-squares slope of a channel over its newest samples within {@code spanSeconds} of the newest one
     * (at least two samples), in units per minute: the rate of rise a BMS rule compares with its limit.
     */
    public double slopePerMinute(String name, double spanSeconds) {
        double[] values = channel(name);
        int last = values.length - 1;
        int first = last;
        while (first > 0 && timesSeconds[last] - timesSeconds[first - 1] <= spanSeconds + 1e-9) {
            first--;
        }
        return 60 * slope(timesSeconds, values, Math.min(first, last - 1), last);
    }

    /** Least-squares slope of values[from..to] over times[from..to] (inclusive; at least two points). */
    public static double slope(double[] times, double[] values, int from, int to) {
        int n = to - from + 1;
        double meanT = 0;
        double meanV = 0;
        for (int i = from; i <= to; i++) {
            meanT += times[i];
            meanV += values[i];
        }
        meanT /= n;
        meanV /= n;
        double cov = 0;
        double var = 0;
        for (int i = from; i <= to; i++) {
            cov += (times[i] - meanT) * (values[i] - meanV);
            var += (times[i] - meanT) * (times[i] - meanT);
        }
        return var == 0 ? 0 : cov / var;
    }

    @Override
    public String toString() {
        // every channel has one value per timestamp; its arrays are not read here (see onDemand)
        Map<String, Integer> sizes = new TreeMap<>();
        channels.keySet().forEach(k -> sizes.put(k, timesSeconds.length));
        return "SampleWindow[" + timesSeconds.length + " samples from " + timesSeconds[0] + " s to "
                + timesSeconds[timesSeconds.length - 1] + " s, channels " + sizes + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SampleWindow w && Arrays.equals(timesSeconds, w.timesSeconds)
                && channels.keySet().equals(w.channels.keySet())
                && channels.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), w.channels.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(timesSeconds) * 31 + channels.keySet().hashCode();
    }
}
