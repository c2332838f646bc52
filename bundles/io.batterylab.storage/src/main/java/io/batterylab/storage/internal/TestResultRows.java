package io.batterylab.storage.internal;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.training.Metrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of test jobs: metrics per cell and target (battery id 0 for the whole job) and the detail rows. Detail
 * rows go in one JDBC batch per cell and come back in pages; the caller has checked the job's owner.
 */
public final class TestResultRows {
    /** The battery id under which a job's overall metrics are stored. */
    public static final long OVERALL = 0;
    private static final String DETAIL_COLUMNS = "battery_id, input_cycle, cycle, rul_true, rul_pred, pcl_true, pcl_pred";

    private TestResultRows() {
    }

    /** Replaces what a cell (or the overall row) of the job had. */
    public static void putMetrics(Connection c, long jobId, long batteryId, String batteryName, int rowsSkipped,
            List<TargetMetrics> metrics) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM test_metrics WHERE job_id = ? AND battery_id = ?")) {
            ps.setLong(1, jobId);
            ps.setLong(2, batteryId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_metrics (job_id, battery_id, battery_name,"
                + " target_key, rows_skipped, row_count, mse, rmse, mae, r2, rmspe, rmspe_excluded)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TargetMetrics tm : metrics) {
                Metrics m = tm.metrics();
                ps.setLong(1, jobId);
                ps.setLong(2, batteryId);
                ps.setString(3, SqlWrites.cut(batteryName, 255));
                ps.setString(4, tm.target().name());
                ps.setInt(5, rowsSkipped);
                ps.setInt(6, m.count());
                SqlValues.setDouble(ps, 7, m.mse());
                SqlValues.setDouble(ps, 8, m.rmse());
                SqlValues.setDouble(ps, 9, m.mae());
                SqlValues.setDouble(ps, 10, m.r2());
                SqlValues.setDouble(ps, 11, m.rmspe());
                ps.setInt(12, m.rmspeExcluded());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Replaces the detail rows of a cell, in one batch. */
    public static void putDetails(Connection c, long jobId, long batteryId, List<TestDetail> details) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM test_details WHERE job_id = ? AND battery_id = ?")) {
            ps.setLong(1, jobId);
            ps.setLong(2, batteryId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_details (job_id, " + DETAIL_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TestDetail d : details) {
                ps.setLong(1, jobId);
                ps.setLong(2, d.batteryId());
                ps.setInt(3, d.inputCycle());
                ps.setInt(4, d.cycle());
                SqlValues.setDouble(ps, 5, d.rulTrue());
                SqlValues.setDouble(ps, 6, d.rulPredicted());
                SqlValues.setDouble(ps, 7, d.pclTrue());
                SqlValues.setDouble(ps, 8, d.pclPredicted());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The metrics rows of the job, by battery id (the overall row, id 0, first). */
    public static List<BatteryMetrics> metrics(Connection c, long jobId) throws SQLException {
        Map<Long, List<TargetMetrics>> byBattery = new LinkedHashMap<>();
        Map<Long, BatteryMetrics> heads = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM test_metrics WHERE job_id = ?"
                + " ORDER BY battery_id, target_key DESC")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long battery = rs.getLong("battery_id");
                    heads.putIfAbsent(battery, new BatteryMetrics(battery, rs.getString("battery_name"),
                            rs.getInt("rows_skipped"), List.of()));
                    byBattery.computeIfAbsent(battery, b -> new ArrayList<>()).add(new TargetMetrics(
                            Target.valueOf(rs.getString("target_key")), new Metrics(rs.getInt("row_count"),
                                    SqlValues.getDouble(rs, "mse"), SqlValues.getDouble(rs, "rmse"),
                                    SqlValues.getDouble(rs, "mae"), SqlValues.getDouble(rs, "r2"),
                                    SqlValues.getDouble(rs, "rmspe"), rs.getInt("rmspe_excluded"))));
                }
            }
        }
        List<BatteryMetrics> result = new ArrayList<>();
        heads.forEach((id, head) -> result.add(new BatteryMetrics(id, head.batteryName(), head.rowsSkipped(),
                byBattery.get(id))));
        return result;
    }

    public static long detailCount(Connection c, long jobId, Long batteryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM test_details WHERE job_id = ?"
                + (batteryId == null ? "" : " AND battery_id = ?"))) {
            ps.setLong(1, jobId);
            if (batteryId != null) {
                ps.setLong(2, batteryId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static List<TestDetail> details(Connection c, long jobId, Long batteryId, long offset, int limit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DETAIL_COLUMNS + " FROM test_details WHERE job_id = ?"
                + (batteryId == null ? "" : " AND battery_id = ?") + " ORDER BY battery_id, input_cycle LIMIT ? OFFSET ?")) {
            int i = 1;
            ps.setLong(i++, jobId);
            if (batteryId != null) {
                ps.setLong(i++, batteryId);
            }
            ps.setInt(i++, limit);
            ps.setLong(i, offset);
            return read(ps);
        }
    }

    /** Keyset page: the rows after (battery, input cycle) of {@code after}. */
    public static List<TestDetail> detailsAfter(Connection c, long jobId, TestDetail after, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DETAIL_COLUMNS + " FROM test_details WHERE job_id = ?"
                + (after == null ? "" : " AND (battery_id > ? OR (battery_id = ? AND input_cycle > ?))")
                + " ORDER BY battery_id, input_cycle LIMIT ?")) {
            int i = 1;
            ps.setLong(i++, jobId);
            if (after != null) {
                ps.setLong(i++, after.batteryId());
                ps.setLong(i++, after.batteryId());
                ps.setInt(i++, after.inputCycle());
            }
            ps.setInt(i, limit);
            return read(ps);
        }
    }

    private static List<TestDetail> read(PreparedStatement ps) throws SQLException {
        List<TestDetail> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new TestDetail(rs.getLong("battery_id"), rs.getInt("input_cycle"), rs.getInt("cycle"),
                        SqlValues.getDouble(rs, "rul_true"), SqlValues.getDouble(rs, "rul_pred"),
                        SqlValues.getDouble(rs, "pcl_true"), SqlValues.getDouble(rs, "pcl_pred")));
            }
        }
        return rows;
    }
}
