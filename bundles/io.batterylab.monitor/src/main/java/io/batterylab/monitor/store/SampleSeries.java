package io.batterylab.monitor.store;

import io.batterylab.device.mqtt.SensorPayloadParser;
import io.batterylab.monitor.StoredSample;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * One series read: the range [from, to] cut into {@code points} equal buckets, a sample at exactly {@code to} in the
 * last. The rows of {@code monitor_samples} and {@code monitor_sample_minutes} are summed per bucket by the database
 * (a minute row counts with its sample count), the samples of blocks here, and both land in the same buckets.
 */
final class SampleSeries {
    private static final List<String> CHANNELS = SensorPayloadParser.CHANNELS;
    static final String RANK = "CASE %s WHEN 'DANGER' THEN 2 WHEN 'WARNING' THEN 1 WHEN 'NORMAL' THEN 0 END";
    private static final String ROWS_SQL = rowsSql();

    private final long fromMs;
    private final long toMs;
    private final int points;
    private final long bucketMs;
    private final Map<Long, SampleAggregate> buckets = new TreeMap<>();

    SampleSeries(long fromMs, long toMs, int maxPoints) {
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.points = Math.max(1, maxPoints);
        this.bucketMs = Math.max(1, (toMs - fromMs + points - 1) / points);
    }

    private static String rowsSql() {
        StringBuilder sql = new StringBuilder("SELECT b, MIN(t) AS t, MIN(device_time_ms) AS device_time_ms, SUM(n) "
                + "AS n, MAX(gap) AS gap, MAX(device_rank) AS device_rank, MAX(model_rank) AS model_rank, "
                + "MAX(model_risk) AS model_risk");
        for (String c : CHANNELS) {
            sql.append(", SUM(").append(c).append(" * n) AS ").append(c).append(", SUM(CASE WHEN ").append(c)
                    .append(" IS NULL THEN 0 ELSE n END) AS ").append(c).append("_w");
        }
        // the bucket is named in a subquery: H2 cannot match an expression in the SELECT list to the one in GROUP BY
        return sql.append(" FROM (SELECT LEAST(FLOOR((t - ?) / ?), ?) AS b, u.* FROM (SELECT received_ms AS t, "
                + "device_time_ms, 1 AS n, CASE WHEN gap_before THEN 1 ELSE 0 END AS gap, ")
                .append(RANK.formatted("device_status")).append(" AS device_rank, ")
                .append(RANK.formatted("model_status")).append(" AS model_rank, model_risk, ")
                .append(String.join(", ", CHANNELS))
                .append(" FROM monitor_samples WHERE device_pk = ? AND received_ms BETWEEN ? AND ? UNION ALL SELECT "
                        + "minute_ms, 0, sample_count, 0, ").append(RANK.formatted("device_status")).append(", ")
                .append(RANK.formatted("model_status")).append(", model_risk, ").append(String.join(", ", CHANNELS))
                .append(" FROM monitor_sample_minutes WHERE device_pk = ? AND minute_ms BETWEEN ? AND ?) u) v "
                        + "GROUP BY b").toString();
    }

    /** Adds the device's rows and minute rows in the range, summed per bucket by the database. */
    void addRows(DataSource dataSource, long devicePk) {
        MonitorSql.query(dataSource, "read sample series", ROWS_SQL, this::addBucketRow, fromMs, bucketMs,
                points - 1, devicePk, fromMs, toMs, devicePk, fromMs, toMs);
    }

    private Void addBucketRow(ResultSet rs) throws SQLException {
        SampleAggregate bucket = buckets.computeIfAbsent(rs.getLong("b"), b -> new SampleAggregate());
        int modelRank = rs.getInt("model_rank");
        int model = rs.wasNull() ? -1 : modelRank;
        bucket.addPart(rs.getLong("t"), rs.getLong("device_time_ms"), rs.getInt("n"), rs.getInt("gap") > 0,
                rs.getInt("device_rank"), model, MonitorSql.doubleOrNaN(rs, "model_risk"));
        for (int c = 0; c < CHANNELS.size(); c++) {
            double sum = MonitorSql.doubleOrNaN(rs, CHANNELS.get(c));
            if (!Double.isNaN(sum)) {
                bucket.addChannel(c, sum, rs.getDouble(CHANNELS.get(c) + "_w"));
            }
        }
        return null;
    }

    /** Adds the samples received in the range. */
    void addSamples(List<SampleRow> rows) {
        for (SampleRow row : rows) {
            if (row.receivedMs() >= fromMs && row.receivedMs() <= toMs) {
                buckets.computeIfAbsent(Math.min((row.receivedMs() - fromMs) / bucketMs, points - 1),
                        b -> new SampleAggregate()).add(row);
            }
        }
    }

    /** The non-empty buckets in time order. */
    List<StoredSample> points(String deviceId) {
        return buckets.values().stream().map(b -> b.toSample(deviceId)).toList();
    }
}
