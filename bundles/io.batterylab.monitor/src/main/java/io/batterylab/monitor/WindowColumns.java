package io.batterylab.monitor;

import io.batterylab.core.detection.SampleWindow;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The primitive storage of a {@link DeviceWindow}: sample times and one value column per channel, oldest first, in
 * arrays of twice the capacity so that appending and dropping the oldest sample cost no copy (the held samples are
 * moved to the front once every {@code capacity} appends). A channel a sample lacks is NaN and marked absent, so that
 * a window knows which channels its samples have. A window is a copy of the newest rows, filled at read time.
 */
final class WindowColumns {
    /** One channel's values and whether the sample at each position had it. */
    private static final class Column {
        final double[] values;
        final boolean[] present;

        Column(int span) {
            values = new double[span];
            present = new boolean[span];
            Arrays.fill(values, Double.NaN);
        }
    }

    private final int capacity;
    private final int span;
    private final long[] timesMs;
    private final Map<String, Column> columns = new HashMap<>();
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
        start = 0;
        size = 0;
    }

    /** Inserts a sample's row before the i-th held one (i = size appends), then drops the oldest beyond capacity. */
    void insert(int i, long timeMs, Map<String, Double> channels) {
        if (start + size == span) {
            compact();
        }
        int at = start + i;
        int tail = size - i;
        if (tail > 0) {
            System.arraycopy(timesMs, at, timesMs, at + 1, tail);
            for (Column column : columns.values()) {
                System.arraycopy(column.values, at, column.values, at + 1, tail);
                System.arraycopy(column.present, at, column.present, at + 1, tail);
            }
        }
        timesMs[at] = timeMs;
        for (Column column : columns.values()) {
            column.values[at] = Double.NaN;
            column.present[at] = false;
        }
        for (Map.Entry<String, Double> value : channels.entrySet()) {
            Column column = columns.computeIfAbsent(value.getKey(), k -> new Column(span));
            column.values[at] = value.getValue();
            column.present[at] = true;
        }
        size++;
        if (size > capacity) {
            start++;
            size--;
        }
    }

    /** Moves the held rows to the front and forgets channels none of them has. */
    private void compact() {
        System.arraycopy(timesMs, start, timesMs, 0, size);
        Iterator<Column> each = columns.values().iterator();
        while (each.hasNext()) {
            Column column = each.next();
            if (!any(column.present, start, start + size)) {
                each.remove();
                continue;
            }
            System.arraycopy(column.values, start, column.values, 0, size);
            System.arraycopy(column.present, start, column.present, 0, size);
        }
        start = 0;
    }

    /**
     * The newest {@code count} rows (count &le; size): a channel no sample of them has is left out; a missing value
     * takes the nearest earlier one (the first known one at the start).
     */
    SampleWindow newest(int count) {
        int from = start + size - count;
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            times[i] = timesMs[from + i] / 1000.0;
        }
        Map<String, double[]> channels = HashMap.newHashMap(columns.size());
        for (Map.Entry<String, Column> entry : columns.entrySet()) {
            Column column = entry.getValue();
            double[] values = Arrays.copyOfRange(column.values, from, from + count);
            if (hasNaN(values)) {
                if (!any(column.present, from, from + count)) {
                    continue;
                }
                fillMissing(values);
            }
            channels.put(entry.getKey(), values);
        }
        return new SampleWindow(times, channels);
    }

    private static boolean hasNaN(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(boolean[] flags, int from, int to) {
        for (int i = from; i < to; i++) {
            if (flags[i]) {
                return true;
            }
        }
        return false;
    }

    private static void fillMissing(double[] values) {
        double last = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                last = v;
                break;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                values[i] = last;
            } else {
                last = values[i];
            }
        }
    }
}
