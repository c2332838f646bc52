package io.batterylab.jobs.report;

import io.batterylab.core.plugin.Report;
import io.batterylab.core.service.ReportSource;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import java.util.List;
import java.util.Optional;

/** Reports of kind {@value #KIND}: a finished training job of the user, compared run by run. */
public final class TrainingJobReportSource implements ReportSource {
    public static final String KIND = "training-job";

    private final TrainingJobService jobs;
    private final ModelVersionService versions;

    public TrainingJobReportSource(TrainingJobService jobs, ModelVersionService versions) {
        this.jobs = jobs;
        this.versions = versions;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** @throws IllegalStateException while the job is pending or running: its comparison is not complete yet */
    @Override
    public Optional<Report> report(long userId, long id) {
        Optional<TrainingJob> found = jobs.find(userId, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TrainingJob job = found.get();
        if (!job.status().isFinal()) {
            throw new IllegalStateException("training job " + id + " is " + job.status()
                    + "; export it once it has finished");
        }
        List<TrainingJobReport.RunResult> runs = job.runs().stream()
                .map(r -> new TrainingJobReport.RunResult(r, jobs.epochs(userId, r.id()),
                        r.modelVersionId() == null ? Optional.empty() : versions.find(userId, r.modelVersionId())))
                .toList();
        return Optional.of(TrainingJobReport.of(job, runs));
    }
}
