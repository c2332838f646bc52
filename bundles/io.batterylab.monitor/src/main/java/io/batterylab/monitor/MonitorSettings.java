package io.batterylab.monitor;

import io.batterylab.monitor.store.BlockLimits;
import java.time.Duration;
import java.util.Map;

/**
 * The timing of the monitor.
 *
 * @param hops evaluation hop by detector kind: e.g. {@code lstm} → 2 assesses every 2nd sample of a device with
 *        the LSTM, its verdict holding in between (see {@link DeviceMonitor}); kinds not named assess every sample
 * @param blocks when the sample writer stores a device's block of samples
 */
public record MonitorSettings(CorrectionRules corrections, Duration alarmQuietPeriod, long writeIntervalMs,
        Map<String, Integer> hops, BlockLimits blocks) {
    /**
     * None: on the real runaway recordings an LSTM hop of 2 lost one of its 8 alarms before the onset (a one-window
     * alarm 270 s early) for 1.35 times the throughput; docs/benchmarks.md, "Monitoring load (issue 13)".
     */
    public static final Map<String, Integer> DEFAULT_HOPS = Map.of();
    public static final MonitorSettings DEFAULTS = new MonitorSettings(CorrectionRules.DEFAULTS,
            Duration.ofMinutes(1), 250, DEFAULT_HOPS, BlockLimits.DEFAULTS);

    public MonitorSettings {
        hops = Map.copyOf(hops);
        hops.forEach(MonitorSettings::checkHop);
    }

    /** @throws IllegalArgumentException naming {@code monitor.hop.<kind>} when the hop is not 1 to 120 */
    static void checkHop(String kind, long hop) {
        if (hop < 1 || hop > 120) {
            throw new IllegalArgumentException("monitor.hop." + kind + " must be 1 to 120, got " + hop);
        }
    }

    /** Every detector assesses every sample; blocks as {@link BlockLimits#DEFAULTS}. */
    public MonitorSettings(CorrectionRules corrections, Duration alarmQuietPeriod, long writeIntervalMs) {
        this(corrections, alarmQuietPeriod, writeIntervalMs, Map.of(), BlockLimits.DEFAULTS);
    }

    public MonitorSettings withHops(Map<String, Integer> byKind) {
        return new MonitorSettings(corrections, alarmQuietPeriod, writeIntervalMs, byKind, blocks);
    }

    public MonitorSettings withBlocks(BlockLimits limits) {
        return new MonitorSettings(corrections, alarmQuietPeriod, writeIntervalMs, hops, limits);
    }
}
