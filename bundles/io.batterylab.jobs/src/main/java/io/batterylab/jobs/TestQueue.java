package io.batterylab.jobs;

import io.batterylab.core.training.JobStatus;
import io.batterylab.storage.TestJobStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The test jobs as a {@link WorkQueue}. */
final class TestQueue implements WorkQueue {
    private static final Logger LOG = LoggerFactory.getLogger(TestQueue.class);
    private final TestJobStore store;
    private final TestRunner runner;
    private final TestJobEvents events;

    TestQueue(TestJobStore store, TestRunner runner, TestJobEvents events) {
        this.store = store;
        this.runner = runner;
        this.events = events;
    }

    @Override
    public String kind() {
        return "test";
    }

    @Override
    public Optional<Claim> claimNext(String workerId) {
        return store.claimNext(workerId).map(job -> new Claim(job.id(), canceled -> runner.run(job, canceled, workerId)));
    }

    @Override
    public Set<Long> heartbeat(String workerId, Collection<Long> jobIds) {
        return store.heartbeat(workerId, jobIds);
    }

    @Override
    public Set<Long> cancelRequested(Collection<Long> jobIds) {
        return store.cancelRequested(jobIds);
    }

    @Override
    public List<Long> failStale(Instant heartbeatBefore, Function<String, String> reason) {
        return store.failStale(heartbeatBefore, reason);
    }

    @Override
    public void failed(long jobId) {
        store.job(jobId).ifPresent(job -> {
            LOG.warn("test job {} failed: {}", jobId, job.error());
            events.status(job, JobStatus.FAILED, job.error());
        });
    }

    @Override
    public void broke(long jobId, String workerId, String error) {
        store.finish(jobId, workerId, JobStatus.FAILED, error, List.of());
    }
}
