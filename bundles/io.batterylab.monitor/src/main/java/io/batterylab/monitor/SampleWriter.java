package io.batterylab.monitor;

import io.batterylab.monitor.store.BlockLimits;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.LastSeen;
import io.batterylab.monitor.store.OpenBlocks;
import io.batterylab.monitor.store.SampleBlock;
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
 * Writes samples in blocks from its own thread, so that the assessing never waits for the database: every
 * {@code intervalMs} it moves what is queued into each device's open block ({@link OpenBlocks}, which the store's
 * reads see at once), writes the blocks that are full or old enough ({@link BlockLimits}; up to {@link #MAX_BATCH}
 * samples a transaction), and at most every {@link #SEEN_INTERVAL_MS} one last-seen update per device seen since (the
 * reads see it at once, {@link DeviceStore#noteSeen}). A block
 * of 20 samples costs the database about as much as one row did. When a batch fails because some of its devices were
 * removed behind the writer's back (by another monitor process on the same store), those devices are forgotten and
 * the rest of the batch is written; when the database fails otherwise the batch is dropped and counted (the live
 * monitor goes on; the next batch tries again). {@link #flush} and {@link #close} write every open block.
 */
final class SampleWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SampleWriter.class);
    static final int MAX_BATCH = 20_000;
    /**
     * How often last-seen is stored. This process's reads see the newest at once ({@link DeviceStore#noteSeen}), so
     * it is only how old the stored copy may be (after a crash, or for another process reading the same store): at
     * 10,000 nodes an update of every device every 2 s took the embedded database about a fifth of a core.
     */
    static final long SEEN_INTERVAL_MS = 10_000;

    private final SampleStore samples;
    private final OpenBlocks open;
    private final BlockLimits limits;
    private final DeviceStore devices;
    private final ConcurrentLinkedQueue<SampleRow> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong droppedOfRemoved = new AtomicLong();
    /** Devices removed while their samples may still be queued (keys are never reused, so this only grows). */
    private final java.util.Set<Long> removed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread;
    private final java.util.function.LongConsumer removedElsewhere;
    private long seenWrittenNs = System.nanoTime();

    SampleWriter(SampleStore samples, DeviceStore devices, long intervalMs, BlockLimits limits) {
        this(samples, devices, intervalMs, limits, pk -> { });
    }

    /** @param removedElsewhere told the key of each device found removed by another process (after it is forgotten) */
    SampleWriter(SampleStore samples, DeviceStore devices, long intervalMs, BlockLimits limits,
            java.util.function.LongConsumer removedElsewhere) {
        this.samples = samples;
        this.open = samples.openBlocks();
        this.limits = limits;
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
        devices.noteSeen(lastSeen);
    }

    /**
     * The device is being removed: its queued, open and later samples are dropped (counted, logged) rather than
     * inserted for a key that no longer exists, which would fail the batch of every other device.
     */
    void forget(long devicePk) {
        removed.add(devicePk);
        devices.forgetSeen(devicePk);
        int open = this.open.forget(devicePk);
        if (open > 0) {
            droppedOfRemoved.addAndGet(open);
            LOG.info("Dropped {} samples in the open block of removed device key {}", open, devicePk);
        }
    }

    long droppedOfRemovedDevices() {
        return droppedOfRemoved.get();
    }

    /** Samples waiting to go into their blocks (those in open blocks are read with the stored ones). */
    int backlog() {
        return queued.get();
    }

    long written() {
        return written.get();
    }

    long dropped() {
        return dropped.get();
    }

    /** Writes what is queued, every open block and when each device was last seen (on the caller's thread). */
    synchronized void flush() {
        write(true);
    }

    private synchronized void write(boolean all) {
        while (!queue.isEmpty()) {
            List<SampleRow> batch = new ArrayList<>();
            SampleRow row;
            while (batch.size() < MAX_BATCH && (row = queue.poll()) != null) {
                batch.add(row);
            }
            queued.addAndGet(-batch.size());
            open.append(withoutRemovedDevices(batch, SampleRow::devicePk, r -> 1), limits, System.nanoTime());
        }
        List<SampleBlock> closed = open.takeClosed(limits, System.nanoTime(), all);
        int from = 0;
        while (from < closed.size()) {
            int to = from;
            for (int count = 0; to < closed.size() && count < MAX_BATCH; to++) {
                count += closed.get(to).count();
            }
            List<SampleBlock> batch = closed.subList(from, to);
            insert(withoutRemovedDevices(batch, SampleBlock::devicePk, SampleBlock::count), true);
            open.written(batch);
            from = to;
        }
        if (!all && System.nanoTime() - seenWrittenNs < TimeUnit.MILLISECONDS.toNanos(SEEN_INTERVAL_MS)) {
            return;
        }
        seenWrittenNs = System.nanoTime();
        try {
            devices.recordNoted(removed::contains);
        } catch (RuntimeException e) {
            LOG.error("Cannot record when the devices were last seen (kept for the next try): {}", e.getMessage());
        }
    }

    private void insert(List<SampleBlock> batch, boolean mayRetry) {
        int count = batch.stream().mapToInt(SampleBlock::count).sum();
        try {
            samples.insertBlocks(batch);
            written.addAndGet(count);
        } catch (RuntimeException e) {
            if (mayRetry && forgetDevicesRemovedElsewhere(batch)) {
                insert(withoutRemovedDevices(batch, SampleBlock::devicePk, SampleBlock::count), false);
                return;
            }
            dropped.addAndGet(count);
            LOG.error("Cannot store {} samples in {} blocks ({} dropped so far): {}", count, batch.size(),
                    dropped.get(), e.getMessage());
        }
    }

    /** After a failed insert: forgets the batch's devices that no longer exist in the store; true if there were any. */
    private boolean forgetDevicesRemovedElsewhere(List<SampleBlock> batch) {
        java.util.Set<Long> existing;
        try {
            existing = devices.keys();
        } catch (RuntimeException e) {
            return false;
        }
        java.util.Set<Long> gone = new java.util.TreeSet<>();
        for (SampleBlock block : batch) {
            if (!existing.contains(block.devicePk())) {
                gone.add(block.devicePk());
            }
        }
        for (long pk : gone) {
            LOG.info("Device key {} was removed by another process; its samples are dropped from now on", pk);
            forget(pk);
            removedElsewhere.accept(pk);
        }
        return !gone.isEmpty();
    }

    /** The items (rows or blocks of {@code count} samples) of devices not removed; the others' samples counted. */
    private <T> List<T> withoutRemovedDevices(List<T> batch, java.util.function.ToLongFunction<T> devicePk,
            java.util.function.ToIntFunction<T> count) {
        if (removed.isEmpty()) {
            return batch;
        }
        List<T> kept = new ArrayList<>(batch.size());
        Map<Long, Integer> left = new java.util.TreeMap<>();
        for (T item : batch) {
            if (removed.contains(devicePk.applyAsLong(item))) {
                left.merge(devicePk.applyAsLong(item), count.applyAsInt(item), Integer::sum);
            } else {
                kept.add(item);
            }
        }
        if (!left.isEmpty()) {
            int samples = left.values().stream().mapToInt(Integer::intValue).sum();
            droppedOfRemoved.addAndGet(samples);
            LOG.info("Dropped {} samples of removed devices (keys {})", samples, left.keySet());
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
