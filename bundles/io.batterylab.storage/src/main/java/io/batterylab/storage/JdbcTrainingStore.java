package io.batterylab.storage;

import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.storage.internal.ConnectionRetry;
import io.batterylab.storage.internal.JobQueueRows;
import io.batterylab.storage.internal.ModelVersionRows;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.SqlWrites;
import io.batterylab.storage.internal.TrainingJson;
import io.batterylab.storage.internal.TrainingRunRows;
import io.batterylab.storage.internal.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * {@link TrainingStore} on JDBC, one SQL dialect for H2 (MySQL mode) and MySQL/MariaDB. The jobs table is here;
 * the queue, the runs with their progress and the model versions each have their own rows class.
 */
public final class JdbcTrainingStore implements TrainingStore {
    /** How long the worker writes wait for a lost database connection to come back. */
    public static final Duration RECONNECT_WINDOW = Duration.ofSeconds(60);
    private static final String JOB_COLUMNS = "id, user_id, name, target_key, dataset_json, status, error_message,"
            + " created_at, started_at, finished_at";

    private final DataSource dataSource;
    private final JobQueueRows queue;
    private final TrainingRunRows runs;
    private final ModelVersionRows versions;

    public JdbcTrainingStore(DataSource dataSource) {
        this(dataSource, RECONNECT_WINDOW);
    }

    /** @param reconnectWindow how long a worker's progress write waits for a lost connection to come back */
    public JdbcTrainingStore(DataSource dataSource, Duration reconnectWindow) {
        this.dataSource = dataSource;
        ConnectionRetry retry = new ConnectionRetry(reconnectWindow);
        this.queue = new JobQueueRows(dataSource, retry, "training_jobs");
        this.runs = new TrainingRunRows(dataSource, retry);
        this.versions = new ModelVersionRows(dataSource, retry);
    }

    @Override
    public TrainingJob createJob(long userId, String name, TargetChoice target, DatasetSelection dataset,
            List<NewRun> newRuns) {
        Instant now = SqlValues.now();
        // the job is read back inside the transaction: after the commit a worker may already have claimed it
        return Transactions.inTransaction(dataSource, "store training job", c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_jobs (user_id, name, target_key,"
                    + " dataset_json, status, cancel_requested, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setString(2, SqlWrites.cut(name, 255));
                ps.setString(3, target.name());
                ps.setString(4, TrainingJson.write(dataset));
                ps.setString(5, JobStatus.PENDING.name());
                SqlValues.setInstant(ps, 6, now);
                ps.executeUpdate();
                id = SqlValues.generatedKey(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_runs (job_id, run_index, algorithm_id,"
                    + " features, settings_json, status) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < newRuns.size(); i++) {
                    NewRun run = newRuns.get(i);
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
            Optional<Long> id = queue.claimNext(c, workerId);
            return id.isEmpty() ? Optional.empty() : jobsWhere(c, "id = ?", id.get()).stream().findFirst();
        });
    }

    @Override
    public Set<Long> heartbeat(String workerId, Collection<Long> jobIds) {
        return queue.heartbeat(workerId, jobIds);
    }

    @Override
    public Set<Long> cancelRequested(Collection<Long> jobIds) {
        return queue.cancelRequested(jobIds);
    }

    @Override
    public boolean requestCancel(long userId, long jobId) {
        return queue.requestCancel(userId, jobId,
                (c, id, error, now) -> TrainingRunRows.finishOpen(c, id, JobStatus.CANCELED, error, now));
    }

    @Override
    public boolean deleteJob(long userId, long jobId) {
        // the foreign keys delete runs, epochs and log lines and unlink the model versions
        return queue.delete(userId, jobId);
    }

    @Override
    public void runStarted(long runId) {
        runs.started(runId);
    }

    @Override
    public void runFinished(long runId, JobStatus status, String error, Long modelVersionId) {
        runs.finished(runId, status, error, modelVersionId);
    }

    @Override
    public boolean jobFinished(long jobId, String workerId, JobStatus status, String error) {
        return queue.finish(jobId, workerId, status, error);
    }

    @Override
    public List<Long> failStale(Instant heartbeatBefore, Function<String, String> reason) {
        return queue.failStale(heartbeatBefore, reason,
                (c, id, error, now) -> TrainingRunRows.finishOpen(c, id, JobStatus.FAILED, error, now));
    }

    @Override
    public void addEpoch(long runId, EpochMetrics metrics) {
        runs.addEpoch(runId, metrics);
    }

    @Override
    public List<EpochMetrics> epochs(long userId, long runId) {
        return runs.epochs(userId, runId);
    }

    @Override
    public void addLog(long runId, int lineNumber, String line) {
        runs.addLog(runId, lineNumber, line);
    }

    @Override
    public List<RunLogLine> log(long userId, long runId) {
        return runs.log(userId, runId);
    }

    @Override
    public ModelVersion addModelVersion(ModelVersion version) {
        return versions.add(version);
    }

    @Override
    public List<ModelVersion> modelVersions(long userId) {
        return versions.list(userId);
    }

    @Override
    public Optional<ModelVersion> findModelVersion(long userId, long modelVersionId) {
        return versions.find(userId, modelVersionId);
    }

    @Override
    public boolean deleteModelVersion(long userId, long modelVersionId) {
        return versions.delete(userId, modelVersionId);
    }

    private static List<TrainingJob> jobsWhere(Connection c, String where, Object... parameters) throws SQLException {
        List<TrainingJob> jobs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + JOB_COLUMNS + " FROM training_jobs WHERE " + where
                + " ORDER BY id DESC")) {
            SqlWrites.bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jobs.add(new TrainingJob(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                            TargetChoice.valueOf(rs.getString("target_key")), TrainingJson.dataset(rs.getString("dataset_json")),
                            JobStatus.valueOf(rs.getString("status")), rs.getString("error_message"),
                            SqlValues.getInstant(rs, "created_at"), SqlValues.getInstantOrNull(rs, "started_at"),
                            SqlValues.getInstantOrNull(rs, "finished_at"), List.of()));
                }
            }
        }
        List<TrainingJob> withRuns = new ArrayList<>();
        for (TrainingJob job : jobs) {
            withRuns.add(new TrainingJob(job.id(), job.userId(), job.name(), job.target(), job.dataset(), job.status(),
                    job.error(), job.createdAt(), job.startedAt(), job.finishedAt(), TrainingRunRows.ofJob(c, job.id())));
        }
        return withRuns;
    }
}
