package io.batterylab.benchmarks.monitor;

/** Sample→verdict latencies in whole milliseconds (0 to 60 s), for percentiles; thread-safe. */
final class LatencyHistogram {
    private final long[] counts = new long[60_001];
    private long total;

    synchronized void record(long ms) {
        counts[(int) Math.max(0, Math.min(counts.length - 1, ms))]++;
        total++;
    }

    synchronized void reset() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
    }

    /** The latency at or below which the fraction q of the recorded ones lie (-1 when none). */
    synchronized long percentile(double q) {
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int ms = 0; ms < counts.length; ms++) {
            seen += counts[ms];
            if (seen >= rank && seen > 0) {
                return ms;
            }
        }
        return -1;
    }
}
