package io.batterylab.core.service;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.analysis.CorrelationReport;
import java.util.List;
import java.util.Optional;

/** Statistics, correlations and trends over the batteries a user may see. */
public interface AnalysisService {
    /** Per-column statistics (the 8 features, rul, pcl) over all rows of the given batteries. */
    List<ColumnStatistics> statistics(long userId, List<Long> batteryIds, int histogramBins);

    CorrelationReport correlations(long userId, List<Long> batteryIds);

    /** Empty when the battery is not visible or has no capacity data. */
    Optional<CapacityTrend> trend(long userId, long batteryId);
}
