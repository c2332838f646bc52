package io.batterylab.analysis;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Analysis over the rows of batteries the acting user may see, read through {@link BatteryService} (which
 * owns the visibility rule).
 *
 * <p>For a set of batteries, an id the user cannot see (missing, or another user's) is an error rather than
 * silently left out, so a result never covers fewer cells than were asked for; the message is the same for
 * both cases so that it does not reveal another user's battery. Repeated ids count once. An empty id list
 * gives statistics over zero rows.
 */
public final class DefaultAnalysisService implements AnalysisService {
    private final BatteryService batteries;
    private final ColumnStatisticsCalculator statistics = new ColumnStatisticsCalculator();
    private final CorrelationCalculator correlations = new CorrelationCalculator();
    private final CapacityTrendCalculator trends = new CapacityTrendCalculator();

    public DefaultAnalysisService(BatteryService batteries) {
        this.batteries = Objects.requireNonNull(batteries, "batteries");
    }

    /** @throws IllegalArgumentException when a battery is not visible to the user, or bins are out of range */
    @Override
    public List<ColumnStatistics> statistics(long userId, List<Long> batteryIds, int histogramBins) {
        HistogramCalculator.requireValidBinCount(histogramBins);
        return statistics.statistics(visibleRows(userId, batteryIds), histogramBins);
    }

    /** @throws IllegalArgumentException when a battery is not visible to the user */
    @Override
    public CorrelationReport correlations(long userId, List<Long> batteryIds) {
        return correlations.correlations(visibleRows(userId, batteryIds));
    }

    @Override
    public Optional<CapacityTrend> trend(long userId, long batteryId) {
        if (batteries.find(userId, batteryId).isEmpty()) {
            return Optional.empty();
        }
        return trends.trend(batteryId, batteries.cycles(userId, batteryId));
    }

    private List<CycleRecord> visibleRows(long userId, List<Long> batteryIds) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>(batteryIds);
        for (Long id : ids) {
            if (id == null || batteries.find(userId, id).isEmpty()) {
                throw new IllegalArgumentException("battery not found: " + id);
            }
        }
        List<CycleRecord> rows = new ArrayList<>();
        for (long id : ids) {
            rows.addAll(batteries.cycles(userId, id));
        }
        return rows;
    }
}
