package io.batterylab.monitor.store;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.device.mqtt.SensorPayloadParser;
import io.batterylab.monitor.StoredSample;
import io.batterylab.storage.internal.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The {@code monitor_samples} table and its per-minute aggregates: batched inserts, the newest sample, a series over
 * a time range downsampled by the database, and retention (samples older than a cut-off become minute averages).
 * Callers pass the device's primary key, found for the user by {@link DeviceStore}: rows of a device that is not
 * the user's are never reached.
 */
public final class SampleStore {
    private static final List<String> CHANNELS = SensorPayloadParser.CHANNELS;
    private static final String CHANNEL_COLUMNS = String.join(", ", CHANNELS);
    private static final long MINUTE_MS = 60_000;
    /** Rows per insert statement: 100 × 17 parameters, far below the drivers' and servers' limits. */
    static final int ROWS_PER_INSERT = 100;
    private static final int INSERT_COLUMNS = 7 + CHANNELS.size();
    /** Severity ranks, so that the worst status of a bucket is a MAX. */
    private static final String RANK = "CASE %s WHEN 'DANGER' THEN 2 WHEN 'WARNING' THEN 1 WHEN 'NORMAL' THEN 0 END";
    private static final String UNRANK = "CASE %s WHEN 2 THEN 'DANGER' WHEN 1 THEN 'WARNING' WHEN 0 THEN 'NORMAL' END";

    private final DataSource dataSource;

    public SampleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts the rows, in their order, in one transaction: {@value #ROWS_PER_INSERT} rows per multi-row
     * {@code INSERT ... VALUES (...), (...)}, batched (H2 spends most of a one-row insert on the statement, not the
     * row; the MySQL driver's rewriting of batches does the same for MariaDB).
     */
    public void insert(List<SampleRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Transactions.inTransaction(dataSource, "store samples", connection -> {
            ChunkedWrites.write(connection, rows, ROWS_PER_INSERT, SampleStore::insertOf, SampleStore::bind);
            return null;
        });
    }

    private static String insertOf(int rows) {
        String values = "(" + "?, ".repeat(INSERT_COLUMNS - 1) + "?)";
        return "INSERT INTO monitor_samples (device_pk, received_ms, device_time_ms, gap_before, device_status, "
                + "model_status, model_risk, " + CHANNEL_COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, values));
    }

    private static void bind(PreparedStatement ps, List<SampleRow> rows) throws SQLException {
        int p = 0;
        for (SampleRow row : rows) {
            ps.setLong(++p, row.devicePk());
            ps.setLong(++p, row.receivedMs());
            ps.setLong(++p, row.sample().timestampMs());
            ps.setBoolean(++p, row.gapBefore());
            ps.setString(++p, row.sample().deviceStatus().name());
            ps.setString(++p, MonitorSql.name(row.modelStatus()));
            MonitorSql.setDouble(ps, ++p, row.modelStatus() == null ? null : row.modelRisk());
            for (String channel : CHANNELS) {
                MonitorSql.setDouble(ps, ++p, row.sample().channels().get(channel));
            }
        }
    }

    public Optional<StoredSample> latest(long devicePk, String deviceId) {
        return MonitorSql.query(dataSource, "read latest sample", "SELECT received_ms, device_time_ms, gap_before, "
                + "device_status, model_status, model_risk, " + CHANNEL_COLUMNS + " FROM monitor_samples WHERE "
                + "device_pk = ? ORDER BY received_ms DESC, id DESC LIMIT 1", rs -> raw(rs, deviceId), devicePk)
                .stream().findFirst();
    }

    /**
     * The device's samples received in [from, to], at most {@code maxPoints}: when there are more, the range is cut
     * into equal buckets and each becomes one point (channel means, worst statuses, highest risk, a gap when any
     * sample in it followed one); a sample at exactly {@code to} joins the last bucket. Minute averages of compacted
     * samples take part with their sample counts.
     */
    public List<StoredSample> series(long devicePk, String deviceId, Instant from, Instant to, int maxPoints) {
        long fromMs = from.toEpochMilli();
        int points = Math.max(1, maxPoints);
        long bucketMs = Math.max(1, (to.toEpochMilli() - fromMs + points - 1) / points);
        StringBuilder sql = new StringBuilder("SELECT MIN(t) AS received_ms, MIN(device_time_ms) AS device_time_ms, "
                + "SUM(n) AS n, MAX(gap) AS gap_before, " + UNRANK.formatted("MAX(device_rank)") + " AS device_status, "
                + UNRANK.formatted("MAX(model_rank)") + " AS model_status, MAX(model_risk) AS model_risk");
        for (String c : CHANNELS) {
            sql.append(", SUM(").append(c).append(" * n) / NULLIF(SUM(CASE WHEN ").append(c)
                    .append(" IS NULL THEN 0 ELSE n END), 0) AS ").append(c);
        }
        sql.append(" FROM (SELECT received_ms AS t, device_time_ms, 1 AS n, CASE WHEN gap_before THEN 1 ELSE 0 END "
                + "AS gap, ").append(RANK.formatted("device_status")).append(" AS device_rank, ")
                .append(RANK.formatted("model_status")).append(" AS model_rank, model_risk, ").append(CHANNEL_COLUMNS)
                .append(" FROM monitor_samples WHERE device_pk = ? AND received_ms BETWEEN ? AND ? UNION ALL SELECT "
                        + "minute_ms, 0, sample_count, 0, ").append(RANK.formatted("device_status")).append(", ")
                .append(RANK.formatted("model_status")).append(", model_risk, ").append(CHANNEL_COLUMNS)
                .append(" FROM monitor_sample_minutes WHERE device_pk = ? AND minute_ms BETWEEN ? AND ?) u "
                        + "GROUP BY LEAST(FLOOR((t - ?) / ?), ?) ORDER BY MIN(t)");
        return MonitorSql.query(dataSource, "read sample series", sql.toString(), rs -> bucket(rs, deviceId),
                devicePk, fromMs, to.toEpochMilli(), devicePk, fromMs, to.toEpochMilli(), fromMs, bucketMs,
                points - 1);
    }

    /**
     * Retention: the samples received before the minute that holds {@code cutoff} become per-minute averages and
     * are deleted, in one transaction. @return the number of raw samples compacted
     */
    public int compact(Instant cutoff) {
        long before = cutoff.toEpochMilli() / MINUTE_MS * MINUTE_MS;
        String means = CHANNELS.stream().map(c -> "AVG(" + c + ")").collect(Collectors.joining(", "));
        return Transactions.inTransaction(dataSource, "compact samples", connection -> {
            // grouped in a subquery: H2 cannot match an expression in the SELECT list to the same one in GROUP BY
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO monitor_sample_minutes (device_pk, "
                    + "minute_ms, sample_count, device_status, model_status, model_risk, " + CHANNEL_COLUMNS + ") "
                    + "SELECT device_pk, minute_no * " + MINUTE_MS + ", COUNT(*), " + UNRANK.formatted("MAX(device_rank)")
                    + ", " + UNRANK.formatted("MAX(model_rank)") + ", MAX(model_risk), " + means + " FROM (SELECT "
                    + "device_pk, FLOOR(received_ms / " + MINUTE_MS + ") AS minute_no, "
                    + RANK.formatted("device_status") + " AS device_rank, " + RANK.formatted("model_status")
                    + " AS model_rank, model_risk, " + CHANNEL_COLUMNS + " FROM monitor_samples WHERE received_ms < ?) s "
                    + "GROUP BY device_pk, minute_no")) {
                ps.setLong(1, before);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM monitor_samples WHERE received_ms < ?")) {
                ps.setLong(1, before);
                return ps.executeUpdate();
            }
        });
    }

    private static StoredSample raw(ResultSet rs, String deviceId) throws SQLException {
        return sample(rs, deviceId, 1);
    }

    private static StoredSample bucket(ResultSet rs, String deviceId) throws SQLException {
        return sample(rs, deviceId, rs.getInt("n"));
    }

    private static StoredSample sample(ResultSet rs, String deviceId, int count) throws SQLException {
        Map<String, Double> channels = new HashMap<>();
        for (String c : CHANNELS) {
            double value = MonitorSql.doubleOrNaN(rs, c);
            if (!Double.isNaN(value)) {
                channels.put(c, value);
            }
        }
        DeviceStatus model = MonitorSql.status(rs, "model_status");
        return new StoredSample(deviceId, MonitorSql.instant(rs, "received_ms"), rs.getLong("device_time_ms"), count,
                rs.getBoolean("gap_before"), MonitorSql.status(rs, "device_status"), model,
                model == null ? Double.NaN : rs.getDouble("model_risk"), channels);
    }
}
