package io.batterylab.jobs.internal;

import io.batterylab.core.plugin.Report;
import io.batterylab.core.service.ReportSource;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.jobs.report.TrainingJobReportSource;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** OSGi glue: training jobs as a report source for the exporters. */
@Component(service = ReportSource.class)
public final class TrainingReportSourceComponent implements ReportSource {
    private final TrainingJobReportSource source;

    @Activate
    public TrainingReportSourceComponent(@Reference TrainingJobService jobs, @Reference ModelVersionService versions) {
        this.source = new TrainingJobReportSource(jobs, versions);
    }

    @Override
    public String kind() {
        return source.kind();
    }

    @Override
    public Optional<Report> report(long userId, long id) {
        return source.report(userId, id);
    }
}
