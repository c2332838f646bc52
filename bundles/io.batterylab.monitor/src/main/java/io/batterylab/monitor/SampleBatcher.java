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
 * returns; one worker thread, as soon as it is free, takes what is queued (at most {@link Settings#maxBatch} samples,
 * waiting for none) and hands it to {@link MonitorService#onSamples} as one batch, so each detector model assesses
 * all of their due windows in one call. At low load a batch is the one sample that arrived (no added latency); when
 * samples arrive faster than they are assessed, they queue up during a batch and the next batch is larger. Samples
 * stay in arrival order, so each device's are handled in its order.
 * <p>
 * When the queue is full ({@link Settings#capacity} samples: the monitor is that far behind) the arriving sample is
 * dropped — counted ({@link #dropped()}) and logged at most every 10 s; its device's window sees it as a missed sample.
 */
public final class SampleBatcher implements DeviceConnector.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SampleBatcher.class);
    private static final long DROP_LOG_INTERVAL_NS = TimeUnit.SECONDS.toNanos(10);

    /**
     * @param maxBatch the most samples handled together
     * @param capacity the most samples waiting; more are dropped
     */
    public record Settings(int maxBatch, int capacity) {
        public static final Settings DEFAULTS = new Settings(256, 50_000);

        public Settings {
            if (maxBatch < 1 || capacity < 1) {
                throw new IllegalArgumentException("sample batches: maxBatch and capacity must be at least 1, got "
                        + maxBatch + " and " + capacity);
            }
        }
    }

    private final MonitorService monitor;
    private final Settings settings;
    private final BlockingQueue<SensorSample> queue;
    private final Thread worker;
    private final LongAdder dropped = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private volatile boolean closed;
    private long droppedLogged;
    private long lastDropLog = System.nanoTime() - DROP_LOG_INTERVAL_NS;

    public SampleBatcher(MonitorService monitor, Settings settings) {
        this.monitor = monitor;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.capacity());
        this.worker = new Thread(this::work, "batterylab-monitor-samples");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void onSample(SensorSample sample) {
        if (closed || !queue.offer(sample)) {
            dropped.increment();
            logDrops();
        }
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
                    queue.size(), total - droppedLogged, total);
            droppedLogged = total;
            lastDropLog = now;
        }
    }

    private void work() {
        List<SensorSample> batch = new ArrayList<>(settings.maxBatch());
        while (!closed || !queue.isEmpty()) {
            try {
                SensorSample first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, settings.maxBatch() - 1);
            } catch (InterruptedException e) {
                queue.drainTo(batch, settings.maxBatch());
                closed = true;
            }
            handle(batch);
        }
    }

    private void handle(List<SensorSample> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            monitor.onSamples(batch);
            batches.increment();
        } catch (RuntimeException e) {
            // the worker must go on with the next samples; the store or a listener failing is not the others' fault
            LOG.error("Monitor could not handle {} samples: {}", batch.size(), e.toString(), e);
        } finally {
            batch.clear();
        }
    }

    /** Samples dropped because the queue was full (or arrived after {@link #close}). */
    public long dropped() {
        return dropped.sum();
    }

    /** Samples waiting for the worker. */
    public int queued() {
        return queue.size();
    }

    /** Batches handed to the monitor so far. */
    public long batches() {
        return batches.sum();
    }

    /** Handles the samples still queued, then stops the worker (waits up to 10 s). */
    @Override
    public void close() {
        closed = true;
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            LOG.warn("Monitor's sample worker did not finish within 10 s; {} samples left", queue.size());
        }
    }
}
