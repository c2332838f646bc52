package io.batterylab.analysis.internal;

import io.batterylab.analysis.DefaultAnalysisService;
import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** OSGi glue only: offers {@link DefaultAnalysisService} as the {@link AnalysisService}. */
@Component(service = AnalysisService.class)
public final class AnalysisServiceComponent implements AnalysisService {
    private final AnalysisService delegate;

    @Activate
    public AnalysisServiceComponent(@Reference BatteryService batteries) {
        this.delegate = new DefaultAnalysisService(batteries);
    }

    @Override
    public List<ColumnStatistics> statistics(long userId, List<Long> batteryIds, int histogramBins) {
        return delegate.statistics(userId, batteryIds, histogramBins);
    }

    @Override
    public CorrelationReport correlations(long userId, List<Long> batteryIds) {
        return delegate.correlations(userId, batteryIds);
    }

    @Override
    public Optional<CapacityTrend> trend(long userId, long batteryId) {
        return delegate.trend(userId, batteryId);
    }
}
