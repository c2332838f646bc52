package io.batterylab.jobs;

import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Puts what happens to training jobs on the {@link JobEvents} bus, which the workbench, the SSE stream
 * ({@code /api/events}) and the WebSocket ({@code /api/ws}) show: job and run status, every epoch's metrics, log lines.
 * Every event carries {@code "job": "training-job"}, since training and test job ids overlap. Events of jobs worked in
 * another process (a worker JVM on the same database) stay in that process.
 */
public final class TrainingEventForwarder implements Consumer<TrainingEvent> {
    static final String JOB_KIND = "training-job";
    private final Supplier<JobEvents> bus;
    private final Clock clock;

    /** @param bus the bus as it is now; may give null while none is installed (nothing is forwarded then) */
    public TrainingEventForwarder(Supplier<JobEvents> bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    @Override
    public void accept(TrainingEvent event) {
        JobEvents target = bus.get();
        if (target != null) {
            target.publish(event.userId(), toJobEvent(event));
        }
    }

    JobEvent toJobEvent(TrainingEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job", JOB_KIND);
        return switch (event) {
            case TrainingEvent.JobChanged job -> {
                data.put("status", job.status().name());
                yield new JobEvent(JobEvent.STATUS, job.jobId(), null, clock.instant(), data);
            }
            case TrainingEvent.RunChanged run -> {
                data.put("status", run.status().name());
                if (run.error() != null) {
                    data.put("error", run.error());
                }
                yield new JobEvent(JobEvent.STATUS, run.jobId(), run.runId(), clock.instant(), data);
            }
            case TrainingEvent.EpochReported epoch -> {
                EpochMetrics m = epoch.metrics();
                data.put("epoch", m.epoch());
                data.put("epochs", m.epochs());
                TestJobEvents.putFinite(data, "loss", m.loss());
                TestJobEvents.putFinite(data, "validationLoss", m.validationLoss());
                if (m.validation() != null) {
                    data.put("validation", TestJobEvents.values(m.validation()));
                }
                yield new JobEvent(JobEvent.METRICS, epoch.jobId(), epoch.runId(), clock.instant(), data);
            }
            case TrainingEvent.LogAppended log -> {
                data.put("line", log.line());
                yield new JobEvent(JobEvent.LOG, log.jobId(), log.runId(), clock.instant(), data);
            }
        };
    }
}
