package io.batterylab.monitor.store;

import io.batterylab.device.mqtt.SensorPayloadParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Rows of {@code monitor_sample_minutes} written from {@link SampleAggregate}s keyed by minute number. */
final class MinuteRows {
    private static final long MINUTE_MS = 60_000;
    private static final List<String> CHANNELS = SensorPayloadParser.CHANNELS;
    private static final String VALUES = "sample_count = ?, device_status = ?, model_status = ?, model_risk = ?, "
            + String.join(" = ?, ", CHANNELS) + " = ?";

    private MinuteRows() {
    }

    /** Adds a stored minute row (the columns of {@code rs}) to the aggregate, its means weighted by its count. */
    static void addExisting(ResultSet rs, SampleAggregate minute) throws SQLException {
        int n = rs.getInt("sample_count");
        minute.addPart(rs.getLong("minute_ms"), 0, n, false, SampleAggregate.rank(MonitorSql.status(rs,
                "device_status")), SampleAggregate.rank(MonitorSql.status(rs, "model_status")),
                MonitorSql.doubleOrNaN(rs, "model_risk"));
        for (int c = 0; c < CHANNELS.size(); c++) {
            double mean = MonitorSql.doubleOrNaN(rs, CHANNELS.get(c));
            if (!Double.isNaN(mean)) {
                minute.addChannel(c, mean * n, n);
            }
        }
    }

    static void update(Connection connection, long devicePk, List<Map.Entry<Long, SampleAggregate>> minutes)
            throws SQLException {
        if (minutes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE monitor_sample_minutes SET " + VALUES
                + " WHERE device_pk = ? AND minute_ms = ?")) {
            for (var minute : minutes) {
                int p = bindValues(ps, 0, minute.getValue());
                ps.setLong(++p, devicePk);
                ps.setLong(++p, minute.getKey() * MINUTE_MS);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insert(Connection connection, long devicePk, List<Map.Entry<Long, SampleAggregate>> minutes)
            throws SQLException {
        String row = "(" + "?, ".repeat(5 + CHANNELS.size()) + "?)";
        ChunkedWrites.write(connection, minutes, 100, n -> "INSERT INTO monitor_sample_minutes (device_pk, minute_ms, "
                + "sample_count, device_status, model_status, model_risk, " + String.join(", ", CHANNELS)
                + ") VALUES " + String.join(", ", Collections.nCopies(n, row)), (ps, chunk) -> {
                    int p = 0;
                    for (var minute : chunk) {
                        ps.setLong(++p, devicePk);
                        ps.setLong(++p, minute.getKey() * MINUTE_MS);
                        p = bindValues(ps, p, minute.getValue());
                    }
                });
    }

    private static int bindValues(PreparedStatement ps, int p, SampleAggregate minute) throws SQLException {
        ps.setInt(++p, minute.count);
        ps.setString(++p, MonitorSql.name(SampleAggregate.status(minute.deviceRank)));
        ps.setString(++p, MonitorSql.name(SampleAggregate.status(minute.modelRank)));
        MonitorSql.setDouble(ps, ++p, minute.risk);
        for (int c = 0; c < CHANNELS.size(); c++) {
            MonitorSql.setDouble(ps, ++p, minute.mean(c));
        }
        return p;
    }
}
