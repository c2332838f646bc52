package io.batterylab.monitor;

import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.LastSeen;
import io.batterylab.monitor.store.SampleRow;
import io.batterylab.monitor.store.SampleStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes samples in batches from its own thread, so that the assessing never waits for the database: every
 * {@code intervalMs}, what is queued (up to {@link #MAX_BATCH} rows per transaction, in their order), and at most
 * every {@link #SEEN_INTERVAL_MS} one last-seen update per device seen since (at 10,000 nodes an update per device
 * every 250 ms cost the embedded database more than the rows themselves). When a batch fails because some of its
 * devices were removed behind the writer's back (by another monitor process on the same store), those devices are
 * forgotten and the rest of the batch is written; when the database fails otherwise the batch is dropped and counted
 * (the live monitor goes on; the next batch tries again).
 */
final class SampleWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SampleWriter.class);
    static final int MAX_BATCH = 20_000;
    /** Well within the 5 s after which a device is shown stale. */
    static final long SEEN_INTERVAL_MS = 2_000;

    private final SampleStore samples;
    private final DeviceStore devices;
    private final ConcurrentLinkedQueue<SampleRow> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Map<Long, LastSeen> seen = new ConcurrentHashMap<>();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong droppedOfRemoved = new AtomicLong();
    /** Devices removed while their samples may still be queued (keys are never reused, so this only grows). */
    private final java.util.Set<Long> removed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread;
    private final java.util.function.LongConsumer removedElsewhere;
    private long seenWrittenNs = System.nanoTime();

    SampleWriter(SampleStore samples, DeviceStore devices, long intervalMs) {
        this(samples, devices, intervalMs, pk -> { });
    }

    /** @param removedElsewhere told the key of each device found removed by another process (after it is forgotten) */
    SampleWriter(SampleStore samples, DeviceStore devices, long intervalMs,
            java.util.function.LongConsumer removedElsewhere) {
        this.samples = samples;
        this.devices = devices;
        this.removedElsewhere = removedElsewhere;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "batterylab-monitor-sample-writer");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::flushSafely, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    void add(SampleRow row, LastSeen lastSeen) {
        queue.add(row);
        queued.incrementAndGet();
        seen.merge(lastSeen.devicePk(), lastSeen, (a, b) -> b.seenMs() >= a.seenMs() ? b : a);
    }

    /**
     * The device is being removed: its queued and later samples are dropped (counted, logged once) rather than
     * inserted for a key that no longer exists, which would fail the batch of every other device.
     */
    void forget(long devicePk) {
        removed.add(devicePk);
        seen.remove(devicePk);
    }

    long droppedOfRemovedDevices() {
        return droppedOfRemoved.get();
    }

    /** Rows waiting to be written. */
    int backlog() {
        return queued.get();
    }

    long written() {
        return written.get();
    }

    long dropped() {
        return dropped.get();
    }

    /** Writes everything queued so far and when each device was last seen (on the caller's thread). */
    synchronized void flush() {
        write(true);
    }

    private synchronized void write(boolean seenToo) {
        while (!queue.isEmpty()) {
            List<SampleRow> batch = new ArrayList<>();
            SampleRow row;
            while (batch.size() < MAX_BATCH && (row = queue.poll()) != null) {
                batch.add(row);
            }
            queued.addAndGet(-batch.size());
            insert(withoutRemovedDevices(batch), true);
        }
        if (!seenToo && System.nanoTime() - seenWrittenNs < TimeUnit.MILLISECONDS.toNanos(SEEN_INTERVAL_MS)) {
            return;
        }
        seenWrittenNs = System.nanoTime();
        List<LastSeen> latest = new ArrayList<>();
        for (Long pk : List.copyOf(seen.keySet())) {
            LastSeen s = seen.remove(pk);
            if (s != null && !removed.contains(pk)) {
                latest.add(s);
            }
        }
        try {
            devices.recordSeen(latest);
        } catch (RuntimeException e) {
            LOG.error("Cannot record when {} devices were last seen: {}", latest.size(), e.getMessage());
        }
    }

    private void insert(List<SampleRow> batch, boolean mayRetry) {
        try {
            samples.insert(batch);
            written.addAndGet(batch.size());
        } catch (RuntimeException e) {
            if (mayRetry && forgetDevicesRemovedElsewhere(batch)) {
                insert(withoutRemovedDevices(batch), false);
                return;
            }
            dropped.addAndGet(batch.size());
            LOG.error("Cannot store {} samples ({} dropped so far): {}", batch.size(), dropped.get(),
                    e.getMessage());
        }
    }

    /** After a failed insert: forgets the batch's devices that no longer exist in the store; true if there were any. */
    private boolean forgetDevicesRemovedElsewhere(List<SampleRow> batch) {
        java.util.Set<Long> existing;
        try {
            existing = devices.keys();
        } catch (RuntimeException e) {
            return false;
        }
        java.util.Set<Long> gone = new java.util.TreeSet<>();
        for (SampleRow row : batch) {
            if (!existing.contains(row.devicePk())) {
                gone.add(row.devicePk());
            }
        }
        for (long pk : gone) {
            LOG.info("Device key {} was removed by another process; its samples are dropped from now on", pk);
            forget(pk);
            removedElsewhere.accept(pk);
        }
        return !gone.isEmpty();
    }

    private List<SampleRow> withoutRemovedDevices(List<SampleRow> batch) {
        if (removed.isEmpty()) {
            return batch;
        }
        List<SampleRow> kept = new ArrayList<>(batch.size());
        Map<Long, Integer> left = new java.util.TreeMap<>();
        for (SampleRow row : batch) {
            if (removed.contains(row.devicePk())) {
                left.merge(row.devicePk(), 1, Integer::sum);
            } else {
                kept.add(row);
            }
        }
        if (!left.isEmpty()) {
            int count = left.values().stream().mapToInt(Integer::intValue).sum();
            droppedOfRemoved.addAndGet(count);
            LOG.info("Dropped {} queued samples of removed devices (keys {})", count, left.keySet());
        }
        return kept;
    }

    private void flushSafely() {
        try {
            write(false);
        } catch (RuntimeException e) {
            LOG.error("Sample writer failed; it goes on", e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
