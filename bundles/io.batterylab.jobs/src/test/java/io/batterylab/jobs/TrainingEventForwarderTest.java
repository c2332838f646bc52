package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.TrainingJob;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A real training job's events reach the {@link JobEvents} bus that the event stream and the WebSocket show. */
class TrainingEventForwarderTest extends JobsFixture {
    record Published(long userId, JobEvent event) {
    }

    final List<Published> published = Collections.synchronizedList(new ArrayList<>());
    final JobEvents bus = new JobEvents() {
        @Override
        public void publish(long userId, JobEvent event) {
            published.add(new Published(userId, event));
        }

        @Override
        public Subscription subscribe(long userId, Consumer<JobEvent> listener) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void givenJobWorked_whenForwarded_thenStatusEveryEpochAndLogReachTheBusForItsOwnerOnly() throws Exception {
        TrainingJobs jobs = service(FAST);
        closeLater.add(jobs.listen(new TrainingEventForwarder(() -> bus, Clock.systemUTC())));

        TrainingJob job = jobs.submit(alice, TrainingJobsTest.spec(new MeanAlgorithm.MeanSettings(4, 0, false)));
        TrainingJob done = await(jobs, alice, job.id(), j -> j.status().isFinal());
        long runId = done.runs().get(0).id();

        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertTrue(published.stream().allMatch(p -> p.userId() == alice && p.event().jobId() == job.id()));
        assertTrue(published.stream().allMatch(p -> "training-job".equals(p.event().data().get("job"))));
        List<JobEvent> jobStatus = kind(JobEvent.STATUS).stream().filter(e -> e.runId() == null).toList();
        assertEquals("SUCCEEDED", jobStatus.get(jobStatus.size() - 1).data().get("status"));
        assertTrue(kind(JobEvent.STATUS).stream()
                .anyMatch(e -> Long.valueOf(runId).equals(e.runId()) && "SUCCEEDED".equals(e.data().get("status"))));
        List<JobEvent> epochs = kind(JobEvent.METRICS);
        assertEquals(List.of(1, 2, 3, 4), epochs.stream().map(e -> e.data().get("epoch")).toList());
        assertTrue(epochs.stream().allMatch(e -> e.data().get("epochs").equals(4) && e.runId() == runId));
        assertTrue(epochs.get(3).data().get("validation") instanceof Map<?, ?> validation
                && validation.containsKey("rmse"), () -> epochs.get(3).toString());
        assertTrue(kind(JobEvent.LOG).stream().anyMatch(e -> String.valueOf(e.data().get("line")).startsWith("test: RMSE")));
    }

    @Test
    void givenNoBusInstalled_whenJobWorked_thenItStillSucceeds() throws Exception {
        TrainingJobs jobs = service(FAST);
        closeLater.add(jobs.listen(new TrainingEventForwarder(() -> null, Clock.systemUTC())));

        TrainingJob job = jobs.submit(alice, TrainingJobsTest.spec(new MeanAlgorithm.MeanSettings(2, 0, false)));

        assertEquals(JobStatus.SUCCEEDED, await(jobs, alice, job.id(), j -> j.status().isFinal()).status());
    }

    List<JobEvent> kind(String kind) {
        synchronized (published) {
            return published.stream().map(Published::event).filter(e -> e.kind().equals(kind)).toList();
        }
    }
}
