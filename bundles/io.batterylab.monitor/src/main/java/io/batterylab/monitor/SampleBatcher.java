package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.SensorSample;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Between the connector and the {@link MonitorService}: the connector's callback thread only queues a sample and
 * returns. {@link Settings#workers} worker threads share the devices: a device's samples always go to the same worker
 * (by a hash of its id), so each device's samples are handled one at a time in arrival order while the workers assess
 * different devices on different cores. A worker, as soon as it is free, takes what is queued for it (at most
 * {@link Settings#maxBatch} samples, waiting for none) and hands it to the monitor as one batch, so each detector model
 * assesses all of their due windows in one call. At low load a batch is the one sample that arrived (no added
 * latency); when samples arrive faster than they are assessed, they queue up during a batch and the next is larger.
 * <p>
 * When a worker's queue is full ({@link Settings#capacity} samples in all: the monitor is that far behind) the
 * arriving sample is dropped — counted ({@link #dropped()}) and logged at most every 10 s; its device's window sees
 * it as a missed sample.
 */
public final class SampleBatcher implements DeviceConnector.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SampleBatcher.class);
    private static final long DROP_LOG_INTERVAL_NS = TimeUnit.SECONDS.toNanos(10);

    /**
     * @param maxBatch the most samples a worker handles together
     * @param capacity the most samples waiting, split evenly among the workers; more are dropped
     * @param workers the threads that assess, each for its share of the devices
     */
    public record Settings(int maxBatch, int capacity, int workers) {
        /** As many workers as cores, at most 2: the LSTM's libtorch call takes a second core of its own. */
        public static final int DEFAULT_WORKERS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 2);
        public static final Settings DEFAULTS = new Settings(256, 50_000, DEFAULT_WORKERS);

        public Settings {
            if (maxBatch < 1 || capacity < 1 || workers < 1 || workers > 64) {
                throw new IllegalArgumentException("sample batches: maxBatch and capacity must be at least 1 and "
                        + "workers 1 to 64, got " + maxBatch + ", " + capacity + " and " + workers);
            }
        }

        public Settings withWorkers(int count) {
            return new Settings(maxBatch, capacity, count);
        }
    }

    /**
     * Told of each batch a worker takes, on that worker's thread, just before the monitor assesses it (e.g. to split
     * a sample's latency into its time in the queue and its time being assessed). Must be quick and must not keep the
     * list, which the worker reuses.
     */
    @FunctionalInterface
    public interface BatchObserver {
        BatchObserver NONE = batch -> {
        };

        void taken(List<SensorSample> batch);
    }

    private final MonitorService monitor;
    private final Settings settings;
    private final BatchObserver observer;
    private final List<Worker> workers = new ArrayList<>();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private volatile boolean closed;
    private long droppedLogged;
    private long lastDropLog = System.nanoTime() - DROP_LOG_INTERVAL_NS;

    public SampleBatcher(MonitorService monitor, Settings settings) {
        this(monitor, settings, BatchObserver.NONE);
    }

    public SampleBatcher(MonitorService monitor, Settings settings, BatchObserver observer) {
        this.monitor = monitor;
        this.settings = settings;
        this.observer = observer;
        int capacity = Math.ceilDiv(settings.capacity(), settings.workers());
        for (int i = 0; i < settings.workers(); i++) {
            workers.add(new Worker(new ArrayBlockingQueue<>(capacity), "batterylab-monitor-samples-" + (i + 1)));
        }
        workers.forEach(worker -> worker.thread.start());
    }

    @Override
    public void onSample(SensorSample sample) {
        if (closed || !workerOf(sample.deviceId()).queue.offer(sample)) {
            dropped.increment();
            logDrops();
        }
    }

    /** The worker of a device: always the same one, so that its samples are handled one at a time, in order. */
    private Worker workerOf(String deviceId) {
        int hash = deviceId.hashCode();
        return workers.get(Math.floorMod(hash ^ (hash >>> 16), workers.size()));
    }

    @Override
    public void onMalformed(String deviceId, String reason) {
        monitor.onMalformed(deviceId, reason);
    }

    private synchronized void logDrops() {
        long now = System.nanoTime();
        if (now - lastDropLog >= DROP_LOG_INTERVAL_NS) {
            long total = dropped.sum();
            LOG.warn("Monitor is {} samples behind (queue full): dropped {} arriving samples ({} in all)",
                    queued(), total - droppedLogged, total);
            droppedLogged = total;
            lastDropLog = now;
        }
    }

    /** Samples dropped because a queue was full (or arrived after {@link #close}). */
    public long dropped() {
        return dropped.sum();
    }

    /** Samples waiting for the workers. */
    public int queued() {
        return workers.stream().mapToInt(worker -> worker.queue.size()).sum();
    }

    /** Batches handed to the monitor so far. */
    public long batches() {
        return batches.sum();
    }

    /** Handles the samples still queued, then stops the workers (waits up to 10 s). */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Worker worker : workers) {
            try {
                worker.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.thread.isAlive()) {
                worker.thread.interrupt();
                LOG.warn("Monitor's {} did not finish within 10 s; {} samples left", worker.thread.getName(),
                        worker.queue.size());
            }
        }
    }

    /** One worker thread and the queue of its devices' samples. */
    private final class Worker {
        final BlockingQueue<SensorSample> queue;
        final Thread thread;

        Worker(BlockingQueue<SensorSample> queue, String name) {
            this.queue = queue;
            this.thread = new Thread(this::work, name);
            thread.setDaemon(true);
        }

        private void work() {
            List<SensorSample> batch = new ArrayList<>(settings.maxBatch());
            boolean stopping = false;
            while (!stopping && (!closed || !queue.isEmpty())) {
                try {
                    SensorSample first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, settings.maxBatch() - 1);
                } catch (InterruptedException e) {
                    queue.drainTo(batch, settings.maxBatch());
                    stopping = true;
                }
                handle(batch);
            }
        }

        private void handle(List<SensorSample> batch) {
            if (batch.isEmpty()) {
                return;
            }
            try {
                observer.taken(batch);
                monitor.onDeviceSamples(batch);
                batches.increment();
            } catch (RuntimeException e) {
                // the worker must go on with the next samples; the store or a listener failing is not the others' fault
                LOG.error("Monitor could not handle {} samples: {}", batch.size(), e.toString(), e);
            } finally {
                batch.clear();
            }
        }
    }
}
