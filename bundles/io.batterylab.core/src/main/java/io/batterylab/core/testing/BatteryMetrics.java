package io.batterylab.core.testing;

import java.util.List;

/**
 * The results of one cell in a test job.
 *
 * @param rowsSkipped rows whose cycle c + h had no row of the cell
 * @param metrics per target scored
 */
public record BatteryMetrics(long batteryId, String batteryName, int rowsSkipped, List<TargetMetrics> metrics) {
    public BatteryMetrics {
        metrics = List.copyOf(metrics);
    }
}
