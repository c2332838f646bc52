package io.batterylab.monitor;

import java.util.Arrays;

/**
 * One channel's values in a {@link WindowColumns} and whether the sample at each position had it (a missing value is
 * NaN and absent). Reads a window's values of the channel as the monitor always filled them: a missing value takes
 * the nearest earlier one, the first known one at the start.
 */
final class ChannelColumn {
    private final String name;
    private final double[] values;
    private final boolean[] present;

    ChannelColumn(String name, int span) {
        this.name = name;
        this.values = new double[span];
        this.present = new boolean[span];
        Arrays.fill(values, Double.NaN);
    }

    String name() {
        return name;
    }

    /** Moves {@code tail} rows from {@code at} one place on, making room for a row at {@code at}. */
    void shift(int at, int tail) {
        System.arraycopy(values, at, values, at + 1, tail);
        System.arraycopy(present, at, present, at + 1, tail);
    }

    void clear(int at) {
        values[at] = Double.NaN;
        present[at] = false;
    }

    void set(int at, double value) {
        values[at] = value;
        present[at] = true;
    }

    boolean anyPresent(int from, int to) {
        for (int i = from; i < to; i++) {
            if (present[i]) {
                return true;
            }
        }
        return false;
    }

    /** Moves the rows [start, start + size) to the front of these arrays. */
    ChannelColumn moveToFront(int start, int size) {
        System.arraycopy(values, start, values, 0, size);
        System.arraycopy(present, start, present, 0, size);
        return this;
    }

    /** A new column of the same span with the rows [start, start + size) at its front. */
    ChannelColumn copy(int start, int size, int span) {
        ChannelColumn copy = new ChannelColumn(name, span);
        System.arraycopy(values, start, copy.values, 0, size);
        System.arraycopy(present, start, copy.present, 0, size);
        return copy;
    }

    /** The values of rows [from, from + count), missing ones filled. */
    double[] window(int from, int count) {
        double[] window = Arrays.copyOfRange(values, from, from + count);
        if (hasNaN(window)) {
            fillMissing(window);
        }
        return window;
    }

    /** The last value {@link #window} would have, without making it: the newest non-NaN value of the rows. */
    double latest(int from, int count) {
        for (int i = from + count - 1; i >= from; i--) {
            if (!Double.isNaN(values[i])) {
                return values[i];
            }
        }
        return Double.NaN;
    }

    private static boolean hasNaN(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
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
