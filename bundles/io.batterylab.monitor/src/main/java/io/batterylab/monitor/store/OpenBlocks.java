package io.batterylab.monitor.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of this process that are not in the database yet: per device the block being filled and the blocks
 * closed but not yet written. The sample writer fills, closes and hands them out; {@link SampleStore}'s reads include
 * them, so that a sample shows in the latest value and the series as soon as the writer has it rather than when its
 * block is stored. A written block stays here until its transaction has committed ({@link #written}), so a read that
 * takes its snapshot before querying the database may see a block twice, never not at all; the store drops the copy
 * by its device, times and count. Thread-safe: one lock, held for the moments it takes to append or copy bytes.
 */
public final class OpenBlocks {
    private final Map<Long, Device> devices = new HashMap<>();
    private final List<SampleBlock> closed = new ArrayList<>();

    private static final class Device {
        BlockCodec.Encoder open;
        long firstMs;
        long lastMs;
        long openedNs;
        final List<SampleBlock> unwritten = new ArrayList<>();
    }

    /** What a read adds to the database's samples of one device. */
    record Snapshot(List<SampleBlock> unwritten, SampleBlock open) {
        List<SampleBlock> all() {
            List<SampleBlock> all = new ArrayList<>(unwritten);
            if (open != null) {
                all.add(open);
            }
            return all;
        }
    }

    /**
     * Appends the rows to their devices' open blocks, closing a block first when it is full or the row's received
     * time lies outside its {@link BlockLimits#MAX_SPAN_MS}.
     */
    public synchronized void append(List<SampleRow> rows, BlockLimits limits, long nowNs) {
        for (SampleRow row : rows) {
            Device device = devices.computeIfAbsent(row.devicePk(), pk -> new Device());
            if (device.open != null && (device.open.count() >= limits.samples() || row.receivedMs() < device.firstMs
                    || row.receivedMs() - device.firstMs >= BlockLimits.MAX_SPAN_MS)) {
                close(row.devicePk(), device);
            }
            if (device.open == null) {
                device.open = new BlockCodec.Encoder();
                device.firstMs = row.receivedMs();
                device.lastMs = row.receivedMs();
                device.openedNs = nowNs;
            }
            device.open.append(row);
            device.lastMs = Math.max(device.lastMs, row.receivedMs());
        }
    }

    /**
     * Closes the blocks that are full or whose first sample came {@link BlockLimits#seconds} ago (all of them when
     * {@code all}) and hands out every closed block not handed out before, oldest first. They stay visible to reads
     * until {@link #written}.
     */
    public synchronized List<SampleBlock> takeClosed(BlockLimits limits, long nowNs, boolean all) {
        long maxAgeNs = limits.seconds() * 1_000_000_000L;
        devices.forEach((pk, device) -> {
            if (device.open != null && (all || device.open.count() >= limits.samples()
                    || nowNs - device.openedNs >= maxAgeNs)) {
                close(pk, device);
            }
        });
        List<SampleBlock> taken = List.copyOf(closed);
        closed.clear();
        return taken;
    }

    /** The blocks are in the database, or were dropped: reads no longer add them. */
    public synchronized void written(List<SampleBlock> blocks) {
        for (SampleBlock block : blocks) {
            Device device = devices.get(block.devicePk());
            if (device != null) {
                device.unwritten.removeIf(b -> b == block);
                if (device.open == null && device.unwritten.isEmpty()) {
                    devices.remove(block.devicePk());
                }
            }
        }
    }

    /**
     * Forgets a removed device's samples. Its blocks already handed out are the writer's to drop.
     *
     * @return the number of samples of its open block and of its closed blocks not yet handed out
     */
    public synchronized int forget(long devicePk) {
        Device device = devices.remove(devicePk);
        int dropped = device == null || device.open == null ? 0 : device.open.count();
        for (var it = closed.iterator(); it.hasNext();) {
            SampleBlock block = it.next();
            if (block.devicePk() == devicePk) {
                dropped += block.count();
                it.remove();
            }
        }
        return dropped;
    }

    /** Samples in blocks not yet written. */
    public synchronized int size() {
        int size = 0;
        for (Device device : devices.values()) {
            size += device.open == null ? 0 : device.open.count();
            size += device.unwritten.stream().mapToInt(SampleBlock::count).sum();
        }
        return size;
    }

    synchronized Snapshot snapshot(long devicePk) {
        Device device = devices.get(devicePk);
        if (device == null) {
            return new Snapshot(List.of(), null);
        }
        return new Snapshot(List.copyOf(device.unwritten), device.open == null ? null
                : new SampleBlock(devicePk, device.firstMs, device.lastMs, device.open.count(), device.open.bytes()));
    }

    private void close(long devicePk, Device device) {
        SampleBlock block = new SampleBlock(devicePk, device.firstMs, device.lastMs, device.open.count(),
                device.open.bytes());
        device.open = null;
        device.unwritten.add(block);
        closed.add(block);
    }
}
