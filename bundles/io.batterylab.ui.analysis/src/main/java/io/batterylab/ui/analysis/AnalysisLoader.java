package io.batterylab.ui.analysis;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reads what the Analysis area shows through the services (rows, statistics, correlations, trends);
 * it computes nothing itself. Slow for many cells: call it from a job.
 */
public final class AnalysisLoader {
    private final BatteryService batteries;
    private final AnalysisService analysis;
    private final long userId;

    public AnalysisLoader(BatteryService batteries, AnalysisService analysis, long userId) {
        this.batteries = batteries;
        this.analysis = analysis;
        this.userId = userId;
    }

    /** Stops early (returning null) when cancelled says so between batteries. */
    public AnalysisResult load(List<Battery> selected, int bins, BooleanSupplier cancelled) {
        List<Long> ids = selected.stream().map(Battery::id).toList();
        Map<Long, List<CycleRecord>> rows = new LinkedHashMap<>();
        Map<Long, CapacityTrend> trends = new LinkedHashMap<>();
        for (Battery battery : selected) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            rows.put(battery.id(), batteries.cycles(userId, battery.id()));
            analysis.trend(userId, battery.id()).ifPresent(t -> trends.put(battery.id(), t));
        }
        return new AnalysisResult(List.copyOf(selected), rows, analysis.statistics(userId, ids, bins), bins,
                analysis.correlations(userId, ids), trends);
    }

    public List<ColumnStatistics> statistics(List<Battery> selected, int bins) {
        return analysis.statistics(userId, selected.stream().map(Battery::id).toList(), bins);
    }
}
