package io.batterylab.jobs;

import static io.batterylab.jobs.TrainingJobsTest.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.core.training.TrainingJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cancelling training jobs: pending, running, and while a worker claims them. */
class TrainingJobsCancelTest extends JobsFixture {
    @Test
    void givenRunningJobWhenCanceledThenItStopsAndEndsCanceled() throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob job = jobs.submit(alice, spec(new MeanAlgorithm.MeanSettings(1000, 20, false),
                new MeanAlgorithm.MeanSettings(5, 0, false)));
        await(jobs, alice, job.id(), j -> j.runs().get(0).status() == JobStatus.RUNNING);
        Thread.sleep(100);

        assertTrue(jobs.cancel(alice, job.id()));
        TrainingJob done = await(jobs, alice, job.id(), j -> j.status().isFinal());

        assertEquals(JobStatus.CANCELED, done.status());
        assertTrue(done.runs().stream().allMatch(r -> r.status() == JobStatus.CANCELED));
        assertTrue(jobs.epochs(alice, done.runs().get(0).id()).size() < 1000);
    }

    /**
     * Each job is cancelled while the worker, woken by the submit, claims it: before or after the claim, and before or
     * after the worker has set up the job's flag. The heartbeat (an hour) cannot carry the request; the job must
     * still stop at once and end cancelled, and its listeners hear that and nothing else.
     */
    @Test
    void givenJobsCanceledRightAfterSubmitWhileTheWorkerClaimsThemThenEachEndsCanceled() throws Exception {
        TrainingJobs jobs = service(new TrainingWorker.Settings(1, Duration.ofMillis(5), Duration.ofHours(1),
                Duration.ofHours(3), false));
        List<TrainingEvent.JobChanged> heard = Collections.synchronizedList(new ArrayList<>());
        closeLater.add(jobs.listen(e -> {
            if (e instanceof TrainingEvent.JobChanged changed && changed.status().isFinal()) {
                heard.add(changed);
            }
        }));
        for (int i = 0; i < 25; i++) {
            TrainingJob job = jobs.submit(alice, spec(new MeanAlgorithm.MeanSettings(1000, 20, false)));
            assertTrue(jobs.cancel(alice, job.id()), "job " + i);
            TrainingJob done = await(jobs, alice, job.id(), j -> j.status().isFinal());
            assertEquals(JobStatus.CANCELED, done.status(), "job " + i);
            assertTrue(jobs.epochs(alice, done.runs().get(0).id()).size() < 100, "job " + i + " stopped at once");
            long deadline = System.currentTimeMillis() + 5_000;
            while (heard.stream().noneMatch(e -> e.jobId() == job.id()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            List<JobStatus> told = heard.stream().filter(e -> e.jobId() == job.id())
                    .map(TrainingEvent.JobChanged::status).toList();
            assertTrue(!told.isEmpty() && told.stream().allMatch(JobStatus.CANCELED::equals),
                    "job " + i + ": listeners heard " + told);
        }
    }

    @Test
    void givenPendingJobWithoutWorkerWhenCanceledThenCanceledAtOnce() {
        TrainingJobs jobs = service(null);
        TrainingJob job = jobs.submit(alice, spec(new MeanAlgorithm.MeanSettings(1, 0, false)));
        assertTrue(jobs.cancel(alice, job.id()));
        assertEquals(JobStatus.CANCELED, jobs.find(alice, job.id()).orElseThrow().status());
        assertTrue(!jobs.cancel(bob, job.id()));
    }
}
