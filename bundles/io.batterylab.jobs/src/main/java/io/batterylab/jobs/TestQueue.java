package io.batterylab.jobs;

import io.batterylab.core.training.JobStatus;
import io.batterylab.storage.TestJobStore;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The test jobs as a {@link WorkQueue}. */
final class TestQueue extends WorkQueue {
    private static final Logger LOG = LoggerFactory.getLogger(TestQueue.class);
    private final TestJobStore store;
    private final TestRunner runner;
    private final TestJobEvents events;

    TestQueue(TestJobStore store, TestRunner runner, TestJobEvents events) {
        super(store);
        this.store = store;
        this.runner = runner;
        this.events = events;
    }

    @Override
    String kind() {
        return "test";
    }

    @Override
    Optional<Claim> claimNext(String workerId) {
        return store.claimNext(workerId).map(job -> new Claim(job.id(), canceled -> runner.run(job, canceled, workerId)));
    }

    @Override
    void failed(long jobId) {
        store.job(jobId).ifPresent(job -> {
            LOG.warn("test job {} failed: {}", jobId, job.error());
            events.status(job, JobStatus.FAILED, job.error());
        });
    }

    @Override
    void broke(long jobId, String workerId, String error) {
        store.finish(jobId, workerId, JobStatus.FAILED, error, List.of());
    }
}
