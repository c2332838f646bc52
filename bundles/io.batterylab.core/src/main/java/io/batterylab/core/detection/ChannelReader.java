package io.batterylab.core.detection;

/**
 * Where a window made by {@link SampleWindow#onDemand} gets a channel's values the first time a detector reads
 * them, so that a window does not copy the channels no detector reads (the monitor makes a window for every sample
 * of every device; most detectors read one or two of its ten channels). Called only for channels the window has
 * ({@link #values} at most once a channel), one call at a time per window, on whichever thread reads the window.
 */
public interface ChannelReader {
    /** The channel's values in the window, oldest first: a new array of the window's length that the window keeps. */
    double[] values(String channel);

    /** The channel's newest value: the last of {@link #values}, without making the array. */
    default double latest(String channel) {
        double[] values = values(channel);
        return values[values.length - 1];
    }
}
