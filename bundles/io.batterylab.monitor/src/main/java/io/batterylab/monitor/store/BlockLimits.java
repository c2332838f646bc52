package io.batterylab.monitor.store;

/**
 * When the writer closes a device's block of samples and stores it: at {@code samples} samples
 * ({@code monitor.store.blockSamples}, 1 to {@value BlockCodec#MAX_SAMPLES}) or when its first sample is
 * {@code seconds} old ({@code monitor.store.blockSeconds}, 1 to 600), whichever comes first. A crash loses the
 * samples of the open blocks, at most {@code seconds} of each device; 1 sample a block stores each at once.
 */
public record BlockLimits(int samples, int seconds) {
    /** 10 s at 2 Hz. */
    public static final BlockLimits DEFAULTS = new BlockLimits(20, 10);
    /** No block spans more received time than this, so that a series finds the blocks of a range by their start. */
    public static final long MAX_SPAN_MS = 600_000;

    public BlockLimits {
        check(samples, seconds);
    }

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public static BlockLimits of(long samples, long seconds) {
        check(samples, seconds);
        return new BlockLimits((int) samples, (int) seconds);
    }

    private static void check(long samples, long seconds) {
        if (samples < 1 || samples > BlockCodec.MAX_SAMPLES) {
            throw new IllegalArgumentException("monitor.store.blockSamples must be 1 to " + BlockCodec.MAX_SAMPLES
                    + ", got " + samples);
        }
        if (seconds < 1 || seconds > MAX_SPAN_MS / 1000) {
            throw new IllegalArgumentException("monitor.store.blockSeconds must be 1 to " + MAX_SPAN_MS / 1000
                    + ", got " + seconds);
        }
    }
}
