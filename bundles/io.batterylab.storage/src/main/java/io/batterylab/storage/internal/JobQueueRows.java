package io.batterylab.storage.internal;

import io.batterylab.core.training.JobStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The job queue that worker processes share, over one jobs table (training jobs, test jobs) with the columns
 * {@code id, user_id, status, error_message, cancel_requested, worker_id, heartbeat_at, started_at, finished_at}.
 * A worker claims a PENDING job with a conditional UPDATE, which takes the row lock, so of several workers exactly
 * one gets each job; a RUNNING job's worker refreshes its heartbeat; a job whose heartbeat is too old is failed by
 * any other worker.
 */
public final class JobQueueRows {
    public static final int MAX_ERROR = 2000;

    private final DataSource dataSource;
    private final ConnectionRetry retry;
    private final String table;

    /** Work done in the same transaction as a job's change of state, e.g. closing its runs. */
    @FunctionalInterface
    public interface JobHook {
        void run(Connection c, long jobId, String error, Instant now) throws SQLException;
    }

    /** @param table the jobs table; a constant of the caller, never user input */
    public JobQueueRows(DataSource dataSource, ConnectionRetry retry, String table) {
        this.dataSource = dataSource;
        this.retry = retry;
        this.table = table;
    }

    /** Claims the oldest PENDING job (PENDING to RUNNING with worker and heartbeat set); its id. */
    public Optional<Long> claimNext(Connection c, String workerId) throws SQLException {
        List<Long> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE status = ? ORDER BY id LIMIT 10")) {
            ps.setString(1, JobStatus.PENDING.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
        }
        // The UPDATE re-checks the status under the row lock: only one worker's UPDATE changes the row.
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET status = ?, worker_id = ?,"
                + " heartbeat_at = ?, started_at = ? WHERE id = ? AND status = ? AND cancel_requested = FALSE")) {
            for (long id : candidates) {
                Instant now = SqlValues.now();
                ps.setString(1, JobStatus.RUNNING.name());
                ps.setString(2, workerId);
                SqlValues.setInstant(ps, 3, now);
                SqlValues.setInstant(ps, 4, now);
                ps.setLong(5, id);
                ps.setString(6, JobStatus.PENDING.name());
                if (ps.executeUpdate() == 1) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** Refreshes the heartbeat of the worker's RUNNING jobs; the ids still RUNNING under this worker. */
    public Set<Long> heartbeat(String workerId, Collection<Long> jobIds) {
        Set<Long> alive = new HashSet<>();
        if (jobIds.isEmpty()) {
            return alive;
        }
        Transactions.withConnection(dataSource, "refresh heartbeat", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET heartbeat_at = ?"
                    + " WHERE id = ? AND worker_id = ? AND status = ?")) {
                for (long id : jobIds) {
                    SqlValues.setInstant(ps, 1, SqlValues.now());
                    ps.setLong(2, id);
                    ps.setString(3, workerId);
                    ps.setString(4, JobStatus.RUNNING.name());
                    if (ps.executeUpdate() == 1) {
                        alive.add(id);
                    }
                }
            }
            return null;
        });
        return alive;
    }

    /** Of the given jobs, those whose owner asked to cancel. */
    public Set<Long> cancelRequested(Collection<Long> jobIds) {
        Set<Long> canceled = new HashSet<>();
        Transactions.withConnection(dataSource, "read cancel requests", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT cancel_requested FROM " + table + " WHERE id = ?")) {
                for (long id : jobIds) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getBoolean(1)) {
                            canceled.add(id);
                        }
                    }
                }
            }
            return null;
        });
        return canceled;
    }

    /**
     * Asks the user's job to stop: a PENDING job becomes CANCELED at once (then {@code onCanceled} runs in the same
     * transaction), a RUNNING one is flagged for its worker.
     *
     * @return false when the job is not the user's or already final
     */
    public boolean requestCancel(long userId, long jobId, JobHook onCanceled) {
        return Transactions.inTransaction(dataSource, "cancel job", c -> {
            Instant now = SqlValues.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET status = ?, cancel_requested = TRUE,"
                    + " finished_at = ? WHERE id = ? AND user_id = ? AND status = ?")) {
                ps.setString(1, JobStatus.CANCELED.name());
                SqlValues.setInstant(ps, 2, now);
                ps.setLong(3, jobId);
                ps.setLong(4, userId);
                ps.setString(5, JobStatus.PENDING.name());
                if (ps.executeUpdate() == 1) {
                    onCanceled.run(c, jobId, null, now);
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET cancel_requested = TRUE"
                    + " WHERE id = ? AND user_id = ? AND status = ?")) {
                ps.setLong(1, jobId);
                ps.setLong(2, userId);
                ps.setString(3, JobStatus.RUNNING.name());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Deletes the user's job if it is final (its foreign keys delete what belongs to it). */
    public boolean delete(long userId, long jobId) {
        return SqlWrites.update(dataSource, "delete job", "DELETE FROM " + table
                + " WHERE id = ? AND user_id = ? AND status IN (?, ?, ?)", ps -> {
                    ps.setLong(1, jobId);
                    ps.setLong(2, userId);
                    ps.setString(3, JobStatus.SUCCEEDED.name());
                    ps.setString(4, JobStatus.FAILED.name());
                    ps.setString(5, JobStatus.CANCELED.name());
                }) == 1;
    }

    /** Final state of a job still RUNNING under this worker; false when recovery failed it meanwhile. */
    public boolean finish(long jobId, String workerId, JobStatus status, String error) {
        requireFinal(status);
        return retry.call("finish job", repeat -> SqlWrites.update(dataSource, "finish job", "UPDATE " + table
                + " SET status = ?, error_message = ?, finished_at = ? WHERE id = ? AND worker_id = ? AND status = ?", ps -> {
                    ps.setString(1, status.name());
                    ps.setString(2, SqlWrites.cut(error, MAX_ERROR));
                    SqlValues.setInstant(ps, 3, SqlValues.now());
                    ps.setLong(4, jobId);
                    ps.setString(5, workerId);
                    ps.setString(6, JobStatus.RUNNING.name());
                })) == 1;
    }

    /**
     * Fails every RUNNING job whose heartbeat is older than {@code heartbeatBefore}; {@code onFailed} runs for each in
     * the same transaction.
     *
     * @return ids of the jobs failed now
     */
    public List<Long> failStale(Instant heartbeatBefore, Function<String, String> reason, JobHook onFailed) {
        return Transactions.inTransaction(dataSource, "fail stale jobs", c -> {
            Map<Long, String> stale = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, worker_id FROM " + table + " WHERE status = ? AND heartbeat_at < ? ORDER BY id")) {
                ps.setString(1, JobStatus.RUNNING.name());
                SqlValues.setInstant(ps, 2, heartbeatBefore);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stale.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            List<Long> failed = new ArrayList<>();
            Instant now = SqlValues.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET status = ?, error_message = ?,"
                    + " finished_at = ? WHERE id = ? AND status = ? AND heartbeat_at < ?")) {
                for (Map.Entry<Long, String> job : stale.entrySet()) {
                    long id = job.getKey();
                    String message = reason.apply(job.getValue());
                    ps.setString(1, JobStatus.FAILED.name());
                    ps.setString(2, SqlWrites.cut(message, MAX_ERROR));
                    SqlValues.setInstant(ps, 3, now);
                    ps.setLong(4, id);
                    ps.setString(5, JobStatus.RUNNING.name());
                    SqlValues.setInstant(ps, 6, heartbeatBefore);
                    if (ps.executeUpdate() == 1) {
                        onFailed.run(c, id, message, now);
                        failed.add(id);
                    }
                }
            }
            return failed;
        });
    }

    public static void requireFinal(JobStatus status) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("not a final status: " + status);
        }
    }
}
