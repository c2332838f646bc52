package io.batterylab.ui.analysis;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.CycleRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the Analysis area shows for a set of batteries, as the analysis service computed it.
 *
 * @param rows each battery's cycle rows, by battery id
 * @param statistics per-column statistics over all rows, histograms with {@code bins} bins
 * @param trends fade trend by battery id; a battery without capacity data has none
 */
public record AnalysisResult(List<Battery> batteries, Map<Long, List<CycleRecord>> rows,
        List<ColumnStatistics> statistics, int bins, CorrelationReport correlations, Map<Long, CapacityTrend> trends) {

    public Optional<ColumnStatistics> statistics(String column) {
        return statistics.stream().filter(s -> s.column().equals(column)).findFirst();
    }

    public int rowCount() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    /** The same result with statistics for another bin count. */
    public AnalysisResult withStatistics(List<ColumnStatistics> newStatistics, int newBins) {
        return new AnalysisResult(batteries, rows, newStatistics, newBins, correlations, trends);
    }
}
