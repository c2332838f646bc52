package io.batterylab.storage.internal;

import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Writes a run's progress (epoch metrics, log lines) only while the run is RUNNING, and each row at most once: a
 * worker whose job was failed by recovery cannot add to it any more, and a row written again after a lost commit
 * acknowledgement meets its unique key and is not stored twice.
 */
public final class RunProgressRows {
    private static final int MAX_LINE = 4000;

    private RunProgressRows() {
    }

    /** @param repeat the same row may have been committed by an earlier try: a duplicate key then means done */
    public static void addEpoch(Connection c, long runId, EpochMetrics m, boolean repeat) throws SQLException {
        requireRunning(c, runId);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_epochs (run_id, epoch_number, epochs, loss,"
                + " val_loss, val_count, val_mse, val_rmse, val_mae, val_r2, val_rmspe, val_rmspe_excluded)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, runId);
            ps.setInt(2, m.epoch());
            ps.setInt(3, m.epochs());
            SqlValues.setDouble(ps, 4, m.loss());
            SqlValues.setDouble(ps, 5, m.validationLoss());
            Metrics v = m.validation();
            SqlValues.setInteger(ps, 6, v == null ? null : v.count());
            SqlValues.setDouble(ps, 7, v == null ? Double.NaN : v.mse());
            SqlValues.setDouble(ps, 8, v == null ? Double.NaN : v.rmse());
            SqlValues.setDouble(ps, 9, v == null ? Double.NaN : v.mae());
            SqlValues.setDouble(ps, 10, v == null ? Double.NaN : v.r2());
            SqlValues.setDouble(ps, 11, v == null ? Double.NaN : v.rmspe());
            SqlValues.setInteger(ps, 12, v == null ? null : v.rmspeExcluded());
            insertOnce(ps, repeat);
        }
    }

    /** @param lineNumber the line's number within its run, counted by the writer from 1 */
    public static void addLog(Connection c, long runId, int lineNumber, String line, boolean repeat) throws SQLException {
        requireRunning(c, runId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO training_log (run_id, line_number, logged_at, message) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, runId);
            ps.setInt(2, lineNumber);
            SqlValues.setInstant(ps, 3, SqlValues.now());
            ps.setString(4, line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + "…");
            insertOnce(ps, repeat);
        }
    }

    /**
     * Locks the run's row until the transaction ends, so that recovery cannot fail the run between this check and
     * the write.
     *
     * @throws IllegalStateException when the run is not RUNNING (any more)
     */
    public static void requireRunning(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM training_runs WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("run " + runId + " does not exist");
                }
                String status = rs.getString(1);
                if (!JobStatus.RUNNING.name().equals(status)) {
                    throw new IllegalStateException("run " + runId + " is no longer running (" + status
                            + "): its job was taken from this worker");
                }
            }
        }
    }

    private static void insertOnce(PreparedStatement ps, boolean repeat) throws SQLException {
        try {
            ps.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            if (!repeat) {
                throw e;
            }
            // stored by the earlier try, whose commit was not acknowledged
        }
    }
}
