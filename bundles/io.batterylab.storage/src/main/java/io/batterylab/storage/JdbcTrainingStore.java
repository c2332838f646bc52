package io.batterylab.storage;

import io.batterylab.core.model.Target;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.storage.internal.ConnectionRetry;
import io.batterylab.storage.internal.RunProgressRows;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.TrainingJson;
import io.batterylab.storage.internal.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
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

/** {@link TrainingStore} on JDBC, one SQL dialect for H2 (MySQL mode) and MySQL/MariaDB. */
public final class JdbcTrainingStore implements TrainingStore {
    private static final int MAX_ERROR = 2000;
    /** How long the worker writes wait for a lost database connection to come back. */
    public static final Duration RECONNECT_WINDOW = Duration.ofSeconds(60);
    private static final String JOB_COLUMNS = "id, user_id, name, target_key, dataset_json, status, error_message,"
            + " created_at, started_at, finished_at";
    private static final String RUN_COLUMNS = "id, job_id, run_index, algorithm_id, features, settings_json, status,"
            + " error_message, model_version_id, started_at, finished_at";
    private static final String VERSION_COLUMNS = "id, user_id, run_id, algorithm_id, algorithm_version, target_key,"
            + " features, settings_json, dataset_json, validation_json, test_json, created_at";

    private final DataSource dataSource;
    private final ConnectionRetry retry;

    public JdbcTrainingStore(DataSource dataSource) {
        this(dataSource, RECONNECT_WINDOW);
    }

    /** @param reconnectWindow how long a worker's progress write waits for a lost connection to come back */
    public JdbcTrainingStore(DataSource dataSource, Duration reconnectWindow) {
        this.dataSource = dataSource;
        this.retry = new ConnectionRetry(reconnectWindow);
    }

    @Override
    public TrainingJob createJob(long userId, String name, Target target, DatasetSelection dataset, List<NewRun> runs) {
        Instant now = SqlValues.now();
        // the job is read back inside the transaction: after the commit a worker may already have claimed it
        return Transactions.inTransaction(dataSource, "store training job", c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_jobs (user_id, name, target_key,"
                    + " dataset_json, status, cancel_requested, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setString(2, cut(name, 255));
                ps.setString(3, target.name());
                ps.setString(4, TrainingJson.write(dataset));
                ps.setString(5, JobStatus.PENDING.name());
                SqlValues.setInstant(ps, 6, now);
                ps.executeUpdate();
                id = SqlValues.generatedKey(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_runs (job_id, run_index, algorithm_id,"
                    + " features, settings_json, status) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < runs.size(); i++) {
                    NewRun run = runs.get(i);
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, run.algorithmId());
                    ps.setString(4, TrainingJson.features(run.features()));
                    ps.setString(5, run.settingsJson());
                    ps.setString(6, JobStatus.PENDING.name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return jobsWhere(c, "id = ?", id).stream().findFirst().orElseThrow();
        });
    }

    @Override
    public Optional<TrainingJob> findJob(long userId, long jobId) {
        return Transactions.withConnection(dataSource, "read training job",
                c -> jobsWhere(c, "id = ? AND user_id = ?", jobId, userId).stream().findFirst());
    }

    @Override
    public List<TrainingJob> jobs(long userId) {
        return Transactions.withConnection(dataSource, "list training jobs", c -> jobsWhere(c, "user_id = ?", userId));
    }

    @Override
    public Optional<TrainingJob> job(long jobId) {
        return Transactions.withConnection(dataSource, "read training job",
                c -> jobsWhere(c, "id = ?", jobId).stream().findFirst());
    }

    @Override
    public Optional<TrainingJob> claimNext(String workerId) {
        return Transactions.withConnection(dataSource, "claim a training job", c -> {
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM training_jobs WHERE status = ? ORDER BY id LIMIT 10")) {
                ps.setString(1, JobStatus.PENDING.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getLong(1));
                    }
                }
            }
            // The UPDATE re-checks the status under the row lock: only one worker's UPDATE changes the row.
            try (PreparedStatement ps = c.prepareStatement("UPDATE training_jobs SET status = ?, worker_id = ?,"
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
                        return jobsWhere(c, "id = ?", id).stream().findFirst();
                    }
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public Set<Long> heartbeat(String workerId, Collection<Long> jobIds) {
        Set<Long> alive = new HashSet<>();
        if (jobIds.isEmpty()) {
            return alive;
        }
        Transactions.withConnection(dataSource, "refresh heartbeat", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE training_jobs SET heartbeat_at = ?"
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

    @Override
    public Set<Long> cancelRequested(Collection<Long> jobIds) {
        Set<Long> canceled = new HashSet<>();
        Transactions.withConnection(dataSource, "read cancel requests", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT cancel_requested FROM training_jobs WHERE id = ?")) {
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

    @Override
    public boolean requestCancel(long userId, long jobId) {
        return Transactions.inTransaction(dataSource, "cancel training job", c -> {
            Instant now = SqlValues.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE training_jobs SET status = ?, cancel_requested = TRUE,"
                    + " finished_at = ? WHERE id = ? AND user_id = ? AND status = ?")) {
                ps.setString(1, JobStatus.CANCELED.name());
                SqlValues.setInstant(ps, 2, now);
                ps.setLong(3, jobId);
                ps.setLong(4, userId);
                ps.setString(5, JobStatus.PENDING.name());
                if (ps.executeUpdate() == 1) {
                    finishOpenRuns(c, jobId, JobStatus.CANCELED, null, now);
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE training_jobs SET cancel_requested = TRUE"
                    + " WHERE id = ? AND user_id = ? AND status = ?")) {
                ps.setLong(1, jobId);
                ps.setLong(2, userId);
                ps.setString(3, JobStatus.RUNNING.name());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean deleteJob(long userId, long jobId) {
        // the foreign keys delete runs, epochs and log lines and unlink the model versions
        return update("delete training job", "DELETE FROM training_jobs WHERE id = ? AND user_id = ? AND status IN (?, ?, ?)",
                ps -> {
                    ps.setLong(1, jobId);
                    ps.setLong(2, userId);
                    ps.setString(3, JobStatus.SUCCEEDED.name());
                    ps.setString(4, JobStatus.FAILED.name());
                    ps.setString(5, JobStatus.CANCELED.name());
                }) == 1;
    }

    @Override
    public void runStarted(long runId) {
        retriedUpdate("start run", "UPDATE training_runs SET status = ?, started_at = ? WHERE id = ? AND status = ?", ps -> {
            ps.setString(1, JobStatus.RUNNING.name());
            SqlValues.setInstant(ps, 2, SqlValues.now());
            ps.setLong(3, runId);
            ps.setString(4, JobStatus.PENDING.name());
        });
    }

    @Override
    public void runFinished(long runId, JobStatus status, String error, Long modelVersionId) {
        requireFinal(status);
        retriedUpdate("finish run", "UPDATE training_runs SET status = ?, error_message = ?, model_version_id = ?,"
                + " finished_at = ? WHERE id = ? AND status IN (?, ?)", ps -> {
                    ps.setString(1, status.name());
                    ps.setString(2, cut(error, MAX_ERROR));
                    SqlValues.setLong(ps, 3, modelVersionId);
                    SqlValues.setInstant(ps, 4, SqlValues.now());
                    ps.setLong(5, runId);
                    ps.setString(6, JobStatus.PENDING.name());
                    ps.setString(7, JobStatus.RUNNING.name());
                });
    }

    @Override
    public boolean jobFinished(long jobId, String workerId, JobStatus status, String error) {
        requireFinal(status);
        return retriedUpdate("finish job", "UPDATE training_jobs SET status = ?, error_message = ?, finished_at = ?"
                + " WHERE id = ? AND worker_id = ? AND status = ?", ps -> {
                    ps.setString(1, status.name());
                    ps.setString(2, cut(error, MAX_ERROR));
                    SqlValues.setInstant(ps, 3, SqlValues.now());
                    ps.setLong(4, jobId);
                    ps.setString(5, workerId);
                    ps.setString(6, JobStatus.RUNNING.name());
                }) == 1;
    }

    @Override
    public List<Long> failStale(Instant heartbeatBefore, Function<String, String> reason) {
        return Transactions.inTransaction(dataSource, "fail stale training jobs", c -> {
            Map<Long, String> stale = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, worker_id FROM training_jobs WHERE status = ? AND heartbeat_at < ? ORDER BY id")) {
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
            try (PreparedStatement ps = c.prepareStatement("UPDATE training_jobs SET status = ?, error_message = ?,"
                    + " finished_at = ? WHERE id = ? AND status = ? AND heartbeat_at < ?")) {
                for (Map.Entry<Long, String> job : stale.entrySet()) {
                    long id = job.getKey();
                    String message = reason.apply(job.getValue());
                    ps.setString(1, JobStatus.FAILED.name());
                    ps.setString(2, cut(message, MAX_ERROR));
                    SqlValues.setInstant(ps, 3, now);
                    ps.setLong(4, id);
                    ps.setString(5, JobStatus.RUNNING.name());
                    SqlValues.setInstant(ps, 6, heartbeatBefore);
                    if (ps.executeUpdate() == 1) {
                        finishOpenRuns(c, id, JobStatus.FAILED, message, now);
                        failed.add(id);
                    }
                }
            }
            return failed;
        });
    }

    @Override
    public void addEpoch(long runId, EpochMetrics metrics) {
        retry.call("store epoch metrics", repeat -> Transactions.inTransaction(dataSource, "store epoch metrics", c -> {
            RunProgressRows.addEpoch(c, runId, metrics, repeat);
            return null;
        }));
    }

    @Override
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

    /** One row of a result set as a value. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Rows of a per-run table, only when the run belongs to a job of {@code userId}.
     *
     * @param select "SELECT ... FROM table alias"
     * @param alias the table's alias, whose {@code run_id} joins the run
     */
    private <T> List<T> rowsOfOwnedRun(String what, String select, String alias, String orderBy, long userId, long runId,
            RowReader<T> reader) {
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

    @Override
    public void addLog(long runId, int lineNumber, String line) {
        retry.call("store log line", repeat -> Transactions.inTransaction(dataSource, "store log line", c -> {
            RunProgressRows.addLog(c, runId, lineNumber, line, repeat);
            return null;
        }));
    }

    @Override
    public List<RunLogLine> log(long userId, long runId) {
        return rowsOfOwnedRun("read run log", "SELECT l.run_id, l.logged_at, l.message FROM training_log l", "l", "l.id",
                userId, runId, rs -> new RunLogLine(rs.getLong(1), SqlValues.getInstant(rs, "logged_at"), rs.getString(3)));
    }

    @Override
    public ModelVersion addModelVersion(ModelVersion v) {
        long id = retry.call("store model version", repeat -> Transactions.inTransaction(dataSource, "store model version",
                c -> insertModelVersion(c, v, repeat)));
        return findModelVersion(v.userId(), id).orElseThrow();
    }

    /** A trained run's version only while the run is RUNNING here; once per run, also when tried again. */
    private static long insertModelVersion(Connection c, ModelVersion v, boolean repeat) throws SQLException {
        if (v.runId() != null) {
            RunProgressRows.requireRunning(c, v.runId());
            List<ModelVersion> stored = versionsWhere(c, "run_id = ?", v.runId());
            if (repeat && !stored.isEmpty()) {
                return stored.get(0).id();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_versions (user_id, run_id, algorithm_id,"
                + " algorithm_version, target_key, features, settings_json, dataset_json, validation_json, test_json,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, v.userId());
            SqlValues.setLong(ps, 2, v.runId());
            ps.setString(3, v.algorithmId());
            ps.setString(4, cut(v.algorithmVersion(), 64));
            ps.setString(5, v.target().name());
            ps.setString(6, TrainingJson.features(v.features()));
            ps.setString(7, v.settingsJson());
            ps.setString(8, TrainingJson.write(v.dataset()));
            setNullable(ps, 9, TrainingJson.write(v.validation()));
            setNullable(ps, 10, TrainingJson.write(v.test()));
            SqlValues.setInstant(ps, 11, v.createdAt() == null ? SqlValues.now() : v.createdAt());
            ps.executeUpdate();
            return SqlValues.generatedKey(ps);
        }
    }

    @Override
    public List<ModelVersion> modelVersions(long userId) {
        return Transactions.withConnection(dataSource, "list model versions",
                c -> versionsWhere(c, "user_id = ?", userId));
    }

    @Override
    public Optional<ModelVersion> findModelVersion(long userId, long modelVersionId) {
        return Transactions.withConnection(dataSource, "read model version",
                c -> versionsWhere(c, "id = ? AND user_id = ?", modelVersionId, userId).stream().findFirst());
    }

    @Override
    public boolean deleteModelVersion(long userId, long modelVersionId) {
        return update("delete model version", "DELETE FROM model_versions WHERE id = ? AND user_id = ?", ps -> {
            ps.setLong(1, modelVersionId);
            ps.setLong(2, userId);
        }) == 1;
    }

    private List<TrainingJob> jobsWhere(Connection c, String where, Object... parameters) throws SQLException {
        List<TrainingJob> jobs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + JOB_COLUMNS + " FROM training_jobs WHERE " + where
                + " ORDER BY id DESC")) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    jobs.add(new TrainingJob(id, rs.getLong("user_id"), rs.getString("name"),
                            Target.valueOf(rs.getString("target_key")), TrainingJson.dataset(rs.getString("dataset_json")),
                            JobStatus.valueOf(rs.getString("status")), rs.getString("error_message"),
                            SqlValues.getInstant(rs, "created_at"), instantOrNull(rs, "started_at"),
                            instantOrNull(rs, "finished_at"), List.of()));
                }
            }
        }
        List<TrainingJob> withRuns = new ArrayList<>();
        for (TrainingJob job : jobs) {
            withRuns.add(new TrainingJob(job.id(), job.userId(), job.name(), job.target(), job.dataset(), job.status(),
                    job.error(), job.createdAt(), job.startedAt(), job.finishedAt(), runs(c, job.id())));
        }
        return withRuns;
    }

    private static List<TrainingRun> runs(Connection c, long jobId) throws SQLException {
        List<TrainingRun> runs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM training_runs WHERE job_id = ?"
                + " ORDER BY run_index")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(new TrainingRun(rs.getLong("id"), jobId, rs.getInt("run_index"), rs.getString("algorithm_id"),
                            TrainingJson.features(rs.getString("features")), rs.getString("settings_json"),
                            JobStatus.valueOf(rs.getString("status")), rs.getString("error_message"),
                            SqlValues.getLong(rs, "model_version_id"), instantOrNull(rs, "started_at"),
                            instantOrNull(rs, "finished_at")));
                }
            }
        }
        return runs;
    }

    private static List<ModelVersion> versionsWhere(Connection c, String where, Object... parameters) throws SQLException {
        List<ModelVersion> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM model_versions WHERE "
                + where + " ORDER BY id DESC")) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(new ModelVersion(rs.getLong("id"), rs.getLong("user_id"), SqlValues.getLong(rs, "run_id"),
                            rs.getString("algorithm_id"), rs.getString("algorithm_version"),
                            Target.valueOf(rs.getString("target_key")), TrainingJson.features(rs.getString("features")),
                            rs.getString("settings_json"), TrainingJson.dataset(rs.getString("dataset_json")),
                            TrainingJson.metrics(rs.getString("validation_json")),
                            TrainingJson.metrics(rs.getString("test_json")), SqlValues.getInstant(rs, "created_at")));
                }
            }
        }
        return versions;
    }

    private static void finishOpenRuns(Connection c, long jobId, JobStatus status, String error, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE training_runs SET status = ?, error_message = ?,"
                + " finished_at = ? WHERE job_id = ? AND status IN (?, ?)")) {
            ps.setString(1, status.name());
            ps.setString(2, cut(error, MAX_ERROR));
            SqlValues.setInstant(ps, 3, now);
            ps.setLong(4, jobId);
            ps.setString(5, JobStatus.PENDING.name());
            ps.setString(6, JobStatus.RUNNING.name());
            ps.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int retriedUpdate(String what, String sql, Binder binder) {
        return retry.call(what, repeat -> update(what, sql, binder));
    }

    private int update(String what, String sql, Binder binder) {
        return Transactions.withConnection(dataSource, what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : SqlValues.getInstant(rs, column);
    }

    private static void requireFinal(JobStatus status) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("not a final status: " + status);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
