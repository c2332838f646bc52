package io.batterylab.storage.internal;

import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.TrainingRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The runs of training jobs with their per-epoch metrics and log lines. */
public final class TrainingRunRows {
    private static final String COLUMNS = "id, job_id, run_index, algorithm_id, features, settings_json, status,"
            + " error_message, model_version_id, started_at, finished_at";

    private final DataSource dataSource;
    private final ConnectionRetry retry;

    public TrainingRunRows(DataSource dataSource, ConnectionRetry retry) {
        this.dataSource = dataSource;
        this.retry = retry;
    }

    public static List<TrainingRun> ofJob(Connection c, long jobId) throws SQLException {
        List<TrainingRun> runs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM training_runs WHERE job_id = ?"
                + " ORDER BY run_index")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(new TrainingRun(rs.getLong("id"), jobId, rs.getInt("run_index"), rs.getString("algorithm_id"),
                            TrainingJson.features(rs.getString("features")), rs.getString("settings_json"),
                            JobStatus.valueOf(rs.getString("status")), rs.getString("error_message"),
                            SqlValues.getLong(rs, "model_version_id"), SqlValues.getInstantOrNull(rs, "started_at"),
                            SqlValues.getInstantOrNull(rs, "finished_at")));
                }
            }
        }
        return runs;
    }

    /** Closes the job's runs that are not final yet, e.g. when the job is canceled or failed as a whole. */
    public static void finishOpen(Connection c, long jobId, JobStatus status, String error, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE training_runs SET status = ?, error_message = ?,"
                + " finished_at = ? WHERE job_id = ? AND status IN (?, ?)")) {
            ps.setString(1, status.name());
            ps.setString(2, SqlWrites.cut(error, JobQueueRows.MAX_ERROR));
            SqlValues.setInstant(ps, 3, now);
            ps.setLong(4, jobId);
            ps.setString(5, JobStatus.PENDING.name());
            ps.setString(6, JobStatus.RUNNING.name());
            ps.executeUpdate();
        }
    }

    public void started(long runId) {
        retriedUpdate("start run", "UPDATE training_runs SET status = ?, started_at = ? WHERE id = ? AND status = ?", ps -> {
            ps.setString(1, JobStatus.RUNNING.name());
            SqlValues.setInstant(ps, 2, SqlValues.now());
            ps.setLong(3, runId);
            ps.setString(4, JobStatus.PENDING.name());
        });
    }

    public void finished(long runId, JobStatus status, String error, Long modelVersionId) {
        JobQueueRows.requireFinal(status);
        retriedUpdate("finish run", "UPDATE training_runs SET status = ?, error_message = ?, model_version_id = ?,"
                + " finished_at = ? WHERE id = ? AND status IN (?, ?)", ps -> {
                    ps.setString(1, status.name());
                    ps.setString(2, SqlWrites.cut(error, JobQueueRows.MAX_ERROR));
                    SqlValues.setLong(ps, 3, modelVersionId);
                    SqlValues.setInstant(ps, 4, SqlValues.now());
                    ps.setLong(5, runId);
                    ps.setString(6, JobStatus.PENDING.name());
                    ps.setString(7, JobStatus.RUNNING.name());
                });
    }

    public void addEpoch(long runId, EpochMetrics metrics) {
        retry.call("store epoch metrics", repeat -> Transactions.inTransaction(dataSource, "store epoch metrics", c -> {
            RunProgressRows.addEpoch(c, runId, metrics, repeat);
            return null;
        }));
    }

    public List<EpochMetrics> epochs(long userId, long runId) {
        return rowsOfOwnedRun("read epoch metrics", "SELECT e.* FROM training_epochs e", "e", "e.epoch_number", userId, runId,
                rs -> {
                    Integer count = SqlValues.getInteger(rs, "val_count");
                    Metrics v = count == null ? null : new Metrics(count, SqlValues.getDouble(rs, "val_mse"),
                            SqlValues.getDouble(rs, "val_rmse"), SqlValues.getDouble(rs, "val_mae"),
                            SqlValues.getDouble(rs, "val_r2"), SqlValues.getDouble(rs, "val_rmspe"),
                            rs.getInt("val_rmspe_excluded"));
                    return new EpochMetrics(rs.getInt("epoch_number"), rs.getInt("epochs"),
                            SqlValues.getDouble(rs, "loss"), SqlValues.getDouble(rs, "val_loss"), v);
                });
    }

    public void addLog(long runId, int lineNumber, String line) {
        retry.call("store log line", repeat -> Transactions.inTransaction(dataSource, "store log line", c -> {
            RunProgressRows.addLog(c, runId, lineNumber, line, repeat);
            return null;
        }));
    }

    public List<RunLogLine> log(long userId, long runId) {
        return rowsOfOwnedRun("read run log", "SELECT l.run_id, l.logged_at, l.message FROM training_log l", "l", "l.id",
                userId, runId, rs -> new RunLogLine(rs.getLong(1), SqlValues.getInstant(rs, "logged_at"), rs.getString(3)));
    }

    /**
     * Rows of a per-run table, only when the run belongs to a job of {@code userId}.
     *
     * @param select "SELECT ... FROM table alias"
     * @param alias the table's alias, whose {@code run_id} joins the run
     */
    private <T> List<T> rowsOfOwnedRun(String what, String select, String alias, String orderBy, long userId, long runId,
            SqlWrites.RowReader<T> reader) {
        return Transactions.withConnection(dataSource, what, c -> {
            try (PreparedStatement ps = c.prepareStatement(select + " JOIN training_runs r ON r.id = " + alias + ".run_id"
                    + " JOIN training_jobs j ON j.id = r.job_id WHERE " + alias + ".run_id = ? AND j.user_id = ? ORDER BY "
                    + orderBy)) {
                ps.setLong(1, runId);
                ps.setLong(2, userId);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            }
        });
    }

    private void retriedUpdate(String what, String sql, SqlWrites.Binder binder) {
        retry.call(what, repeat -> SqlWrites.update(dataSource, what, sql, binder));
    }
}
