package io.batterylab.monitor;

import io.batterylab.core.detection.SampleWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The primitive storage of a {@link DeviceWindow}: sample times and one value column per channel, oldest first, in
 * arrays of twice the capacity so that appending and dropping the oldest sample cost no copy (the held samples are
 * moved to the front once every {@code capacity} appends). A channel a sample lacks is NaN and marked absent, so that
 * a window knows which channels its samples have.
 * <p>
 * A window copies the times and reads a channel's rows from the columns only when a detector asks for that channel
 * ({@link ColumnReader}), however late. So the rows a window was made of are never written again: appending writes
 * behind them, and whatever would overwrite or move them (a late sample, moving the rows to the front, a new window
 * after a gap) first gives the columns new arrays when a window was made since the columns last did.
 */
final class WindowColumns {
    private final int capacity;
    private final int span;
    private final long[] timesMs;
    /** The columns, replaced as a whole (never changed) when a channel comes or goes or the arrays are renewed. */
    private Map<String, ChannelColumn> byName = Map.of();
    private Set<String> names = Set.of();
    private ChannelColumn[] columns = {};
    /** Whether a window may read the columns' arrays now (made since they were last renewed). */
    private boolean shared;
    private int start;
    private int size;

    WindowColumns(int capacity) {
        this.capacity = capacity;
        this.span = 2 * Math.max(1, capacity);
        this.timesMs = new long[span];
    }

    int size() {
        return size;
    }

    /** The time of the i-th held sample, oldest first. */
    long timeAt(int i) {
        return timesMs[start + i];
    }

    void clear() {
        if (shared) {
            setColumns(List.of());
            shared = false;
        }
        start = 0;
        size = 0;
    }

    /** Inserts a sample's row before the i-th held one (i = size appends), then drops the oldest beyond capacity. */
    void insert(int i, long timeMs, Map<String, Double> channels) {
        int tail = size - i;
        if (start + size == span || tail > 0 && shared) {
            compact();
        }
        int at = start + i;
        if (tail > 0) {
            System.arraycopy(timesMs, at, timesMs, at + 1, tail);
            for (ChannelColumn column : columns) {
                column.shift(at, tail);
            }
        }
        timesMs[at] = timeMs;
        for (ChannelColumn column : columns) {
            column.clear(at);
        }
        for (Map.Entry<String, Double> value : channels.entrySet()) {
            ChannelColumn column = byName.get(value.getKey());
            if (column == null) {
                column = add(value.getKey());
            }
            column.set(at, value.getValue());
        }
        size++;
        if (size > capacity) {
            start++;
            size--;
        }
    }

    private ChannelColumn add(String name) {
        ChannelColumn column = new ChannelColumn(name, span);
        List<ChannelColumn> more = new ArrayList<>(Arrays.asList(columns));
        more.add(column);
        setColumns(more);
        return column;
    }

    /**
     * Moves the held rows to the front and forgets channels none of them has: in place, or into new arrays when a
     * window may read the present ones.
     */
    private void compact() {
        System.arraycopy(timesMs, start, timesMs, 0, size);
        List<ChannelColumn> kept = new ArrayList<>(columns.length);
        for (ChannelColumn column : columns) {
            if (column.anyPresent(start, start + size)) {
                kept.add(shared ? column.copy(start, size, span) : column.moveToFront(start, size));
            }
        }
        if (shared || kept.size() < columns.length) {
            setColumns(kept);
        }
        shared = false;
        start = 0;
    }

    private void setColumns(List<ChannelColumn> kept) {
        columns = kept.toArray(ChannelColumn[]::new);
        Map<String, ChannelColumn> named = HashMap.newHashMap(columns.length);
        for (ChannelColumn column : columns) {
            named.put(column.name(), column);
        }
        byName = Map.copyOf(named);
        names = Set.copyOf(named.keySet());
    }

    /**
     * The newest {@code count} rows (count &le; size): a channel no sample of them has is left out; a missing value
     * takes the nearest earlier one (the first known one at the start). The channels' values are read when asked.
     */
    SampleWindow newest(int count) {
        int from = start + size - count;
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            times[i] = timesMs[from + i] / 1000.0;
        }
        shared = true;
        return SampleWindow.onDemand(times, channelsIn(from, from + count), new ColumnReader(byName, from, count));
    }

    /** The channels some row in [from, to) has: usually all columns (their names, one set for all windows). */
    private Set<String> channelsIn(int from, int to) {
        Set<String> lacking = null;
        for (ChannelColumn column : columns) {
            if (!column.anyPresent(from, to)) {
                lacking = lacking == null ? new HashSet<>() : lacking;
                lacking.add(column.name());
            }
        }
        if (lacking == null) {
            return names;
        }
        Set<String> some = new HashSet<>(names);
        some.removeAll(lacking);
        return Set.copyOf(some);
    }
}
