package io.batterylab.monitor.store;

import io.batterylab.device.mqtt.SensorPayloadParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Retention of blocks, on the caller's connection (its transaction): the samples of blocks received before the
 * cut-off minute become minute rows; a block wholly before it is deleted, one straddling it keeps the rest of its
 * samples. Blocks are read a page at a time in device order, so only one device's minutes are held at once. A minute
 * the device already has (from its legacy rows, or from an earlier retention) takes the new samples in: counts add
 * up, statuses and risk take the worst, channel means are weighted by the existing row's sample count and the new
 * samples that have the channel.
 */
final class BlockCompaction {
    private static final long MINUTE_MS = 60_000;
    private static final int PAGE = 500;
    private static final List<String> CHANNELS = SensorPayloadParser.CHANNELS;
    private static final String MINUTE_COLUMNS = "sample_count, device_status, model_status, model_risk, "
            + String.join(", ", CHANNELS);

    private final Connection connection;
    private final long beforeMs;
    private long devicePk = -1;
    private final Map<Long, SampleAggregate> minutes = new TreeMap<>();
    private int compacted;

    private BlockCompaction(Connection connection, long beforeMs) {
        this.connection = connection;
        this.beforeMs = beforeMs;
    }

    /** @return the number of samples that became minute rows */
    static int compact(Connection connection, long beforeMs) throws SQLException {
        BlockCompaction compaction = new BlockCompaction(connection, beforeMs);
        long lastPk = Long.MIN_VALUE;
        long lastId = Long.MIN_VALUE;
        while (true) {
            List<BlockTable.Stored> page = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, device_pk, first_ms, last_ms, "
                    + "sample_count, samples FROM monitor_sample_blocks WHERE first_ms < ? AND (device_pk > ? OR "
                    + "(device_pk = ? AND id > ?)) ORDER BY device_pk, id LIMIT " + PAGE)) {
                ps.setLong(1, beforeMs);
                ps.setLong(2, lastPk);
                ps.setLong(3, lastPk);
                ps.setLong(4, lastId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(BlockTable.stored(rs));
                    }
                }
            }
            for (BlockTable.Stored stored : page) {
                compaction.take(stored);
                lastPk = stored.block().devicePk();
                lastId = stored.id();
            }
            if (page.size() < PAGE) {
                compaction.writeMinutes();
                return compaction.compacted;
            }
        }
    }

    private void take(BlockTable.Stored stored) throws SQLException {
        if (stored.block().devicePk() != devicePk) {
            writeMinutes();
            devicePk = stored.block().devicePk();
        }
        BlockCodec.Encoder rest = new BlockCodec.Encoder();
        long firstMs = Long.MAX_VALUE;
        long lastMs = Long.MIN_VALUE;
        for (SampleRow row : stored.rows("")) {
            if (row.receivedMs() < beforeMs) {
                long minute = Math.floorDiv(row.receivedMs(), MINUTE_MS);
                minutes.computeIfAbsent(minute, m -> new SampleAggregate()).add(row);
                compacted++;
            } else {
                rest.append(row);
                firstMs = Math.min(firstMs, row.receivedMs());
                lastMs = Math.max(lastMs, row.receivedMs());
            }
        }
        String sql = rest.count() == 0 ? "DELETE FROM monitor_sample_blocks WHERE id = ?"
                : "UPDATE monitor_sample_blocks SET first_ms = ?, last_ms = ?, sample_count = ?, samples = ? "
                        + "WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (rest.count() > 0) {
                ps.setLong(1, firstMs);
                ps.setLong(2, lastMs);
                ps.setInt(3, rest.count());
                ps.setBytes(4, rest.bytes());
            }
            ps.setLong(rest.count() == 0 ? 1 : 5, stored.id());
            ps.executeUpdate();
        }
    }

    /** Writes the current device's minutes: new ones inserted, existing ones merged and updated. */
    private void writeMinutes() throws SQLException {
        if (minutes.isEmpty()) {
            return;
        }
        long first = Collections.min(minutes.keySet()) * MINUTE_MS;
        long last = Collections.max(minutes.keySet()) * MINUTE_MS;
        List<Map.Entry<Long, SampleAggregate>> existing = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT minute_ms, " + MINUTE_COLUMNS + " FROM "
                + "monitor_sample_minutes WHERE device_pk = ? AND minute_ms BETWEEN ? AND ?")) {
            ps.setLong(1, devicePk);
            ps.setLong(2, first);
            ps.setLong(3, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SampleAggregate minute = minutes.get(rs.getLong("minute_ms") / MINUTE_MS);
                    if (minute != null) {
                        MinuteRows.addExisting(rs, minute);
                        existing.add(Map.entry(rs.getLong("minute_ms") / MINUTE_MS, minute));
                    }
                }
            }
        }
        for (var entry : existing) {
            minutes.remove(entry.getKey());
        }
        MinuteRows.update(connection, devicePk, existing);
        MinuteRows.insert(connection, devicePk, List.copyOf(minutes.entrySet()));
        minutes.clear();
    }
}
