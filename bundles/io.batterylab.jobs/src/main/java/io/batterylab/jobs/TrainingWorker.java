package io.batterylab.jobs;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes jobs from the shared queue in the database and runs them on its own threads, never on a caller's. Keeps a
 * heartbeat on its running jobs, passes cancel requests (also from other processes) to them, and fails jobs of
 * workers that stopped beating. Several workers, in one process or many, can share one MySQL/MariaDB database.
 */
public final class TrainingWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingWorker.class);

    /**
     * @param threads jobs run at once by this worker
     * @param poll how often the queue is checked when nothing woke the worker
     * @param heartbeat how often running jobs are marked alive and checked for cancel requests
     * @param staleAfter a RUNNING job without heartbeat this long is failed (its worker is gone)
     * @param exclusiveDatabase true for the embedded database, which only this process can open: then every job
     *     still RUNNING at start was left by a previous run of this process and is failed at once
     */
    public record Settings(int threads, Duration poll, Duration heartbeat, Duration staleAfter, boolean exclusiveDatabase) {
        public Settings {
            if (threads < 1 || staleAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException("need threads >= 1 and staleAfter >= 3 heartbeats");
            }
        }

        public static Settings defaults(boolean exclusiveDatabase) {
            return new Settings(1, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(60), exclusiveDatabase);
        }

        /**
         * The defaults with what the system properties {@value #POLL}, {@value #HEARTBEAT} and {@value #STALE_AFTER}
         * (seconds, decimals allowed) change, e.g. a shorter heartbeat timeout for a fast fail-over.
         */
        public static Settings configured(int threads, boolean exclusiveDatabase, Properties properties) {
            Settings d = defaults(exclusiveDatabase);
            Duration heartbeat = seconds(properties, HEARTBEAT, d.heartbeat());
            Duration staleAfter = seconds(properties, STALE_AFTER, d.staleAfter());
            if (staleAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException(STALE_AFTER + " (" + staleAfter.toMillis() / 1000.0 + ") must be at least"
                        + " three heartbeats (" + HEARTBEAT + ": " + heartbeat.toMillis() / 1000.0 + ")");
            }
            return new Settings(threads, seconds(properties, POLL, d.poll()), heartbeat, staleAfter, exclusiveDatabase);
        }

        private static Duration seconds(Properties properties, String name, Duration fallback) {
            String value = properties.getProperty(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number of seconds, not '" + value + "'", e);
            }
        }
    }

    public static final String POLL = "batterylab.training.pollSeconds";
    public static final String HEARTBEAT = "batterylab.training.heartbeatSeconds";
    public static final String STALE_AFTER = "batterylab.training.staleAfterSeconds";

    private final WorkQueue queue;
    private final Settings settings;
    private final String id;
    private final Map<Long, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final Semaphore slots;
    private final ScheduledExecutorService timer;
    private final ExecutorService threads;

    /** A worker of one queue; a process working training and test jobs has one worker each. */
    TrainingWorker(WorkQueue queue, Settings settings) {
        this.queue = queue;
        this.settings = settings;
        this.id = workerName();
        this.slots = new Semaphore(settings.threads());
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon(queue.kind() + "-queue"));
        this.threads = Executors.newFixedThreadPool(settings.threads(), daemon(queue.kind() + "-run"));
    }

    void start() {
        if (settings.exclusiveDatabase()) {
            failed(queue.failStale(Instant.now().plusSeconds(1), worker -> "BatteryLab stopped while the job was running"));
        }
        timer.scheduleWithFixedDelay(guarded(this::poll), 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(guarded(this::beat), settings.heartbeat().toMillis(), settings.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        long sweep = settings.staleAfter().toMillis() / 2;
        timer.scheduleWithFixedDelay(guarded(this::recover), sweep, sweep, TimeUnit.MILLISECONDS);
        LOG.info("{} worker {} started ({} thread(s))", queue.kind(), id, settings.threads());
    }

    public String id() {
        return id;
    }

    /** Looks at the queue now, e.g. right after a job was submitted in this process. */
    void wake() {
        if (!timer.isShutdown()) {
            timer.execute(guarded(this::poll));
        }
    }

    /** Stops a job running here within one batch; false when it does not run here. */
    boolean cancelHere(long jobId) {
        AtomicBoolean flag = running.get(jobId);
        if (flag != null) {
            flag.set(true);
        }
        return flag != null;
    }

    private void poll() {
        while (slots.tryAcquire()) {
            Optional<WorkQueue.Claim> claimed;
            try {
                claimed = queue.claimNext(id);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                slots.release();
                return;
            }
            WorkQueue.Claim job = claimed.get();
            AtomicBoolean canceled = new AtomicBoolean();
            running.put(job.jobId(), canceled);
            // a cancel between the claim and the line above found no flag to set; the database has its request
            if (queue.cancelRequested(Set.of(job.jobId())).contains(job.jobId())) {
                canceled.set(true);
            }
            threads.execute(() -> {
                try {
                    job.run().accept(canceled);
                } catch (RuntimeException | Error e) {
                    LOG.error("{} job {} broke its worker thread", queue.kind(), job.jobId(), e);
                    queue.broke(job.jobId(), id, JobRunner.message(e));
                } finally {
                    running.remove(job.jobId());
                    slots.release();
                    wake();
                }
            });
        }
    }

    private void beat() {
        if (running.isEmpty()) {
            return;
        }
        Set<Long> ids = Set.copyOf(running.keySet());
        Set<Long> alive = queue.heartbeat(id, ids);
        Set<Long> cancel = queue.cancelRequested(ids);
        for (long jobId : ids) {
            if (!alive.contains(jobId) || cancel.contains(jobId)) {
                cancelHere(jobId);
            }
        }
    }

    private void recover() {
        failed(queue.failStale(Instant.now().minus(settings.staleAfter()), worker -> "worker " + worker
                + " stopped responding (no heartbeat for " + seconds(settings.staleAfter()) + " s)"));
    }

    /** Jobs of a lost worker, failed just now: cleans up after their unfinished runs and tells listeners. */
    private void failed(java.util.List<Long> jobIds) {
        jobIds.forEach(queue::failed);
    }

    /** Asks running jobs to stop and waits for them (each stops within one batch). */
    @Override
    public void close() {
        timer.shutdownNow();
        running.values().forEach(flag -> flag.set(true));
        threads.shutdown();
        try {
            if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("{} runs did not stop within 60 s", queue.kind());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("job queue task failed; will retry", e);
            }
        };
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "host";
        }
        String pid = Long.toString(ProcessHandle.current().pid());
        String name = host + "-" + pid + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 128 ? name : name.substring(name.length() - 128);
    }
}
