package io.batterylab.monitor;

import io.batterylab.core.detection.ChannelReader;
import java.util.Map;

/**
 * Reads one window's rows of the {@link WindowColumns} it was made from, when a detector asks for a channel. The
 * columns it holds are never written in those rows again (see {@link WindowColumns}), so it reads the same values
 * however late, on whichever thread the window was handed to.
 *
 * @param columns the columns when the window was made, by channel
 * @param from the window's first row in the columns' arrays
 * @param count the window's length
 */
record ColumnReader(Map<String, ChannelColumn> columns, int from, int count) implements ChannelReader {
    @Override
    public double[] values(String channel) {
        return columns.get(channel).window(from, count);
    }

    @Override
    public double latest(String channel) {
        return columns.get(channel).latest(from, count);
    }
}
