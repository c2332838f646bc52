package io.batterylab.storage;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.JobStatus;
import io.batterylab.storage.internal.ConnectionRetry;
import io.batterylab.storage.internal.JobQueueRows;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.SqlWrites;
import io.batterylab.storage.internal.TestResultRows;
import io.batterylab.storage.internal.TrainingJson;
import io.batterylab.storage.internal.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** {@link TestJobStore} on JDBC (H2 in MySQL mode and MySQL/MariaDB); the queue is the one training jobs use. */
public final class JdbcTestJobStore implements TestJobStore {
    private static final String COLUMNS = "id, user_id, name, spec_json, targets, status, error_message, batteries_done,"
            + " batteries_total, rows_skipped, created_at, started_at, finished_at";

    private final DataSource dataSource;
    private final ConnectionRetry retry;
    private final JobQueueRows queue;

    public JdbcTestJobStore(DataSource dataSource) {
        this(dataSource, JdbcTrainingStore.RECONNECT_WINDOW);
    }

    public JdbcTestJobStore(DataSource dataSource, Duration reconnectWindow) {
        this.dataSource = dataSource;
        this.retry = new ConnectionRetry(reconnectWindow);
        this.queue = new JobQueueRows(dataSource, retry, "test_jobs");
    }

    @Override
    public TestJob create(long userId, TestJobSpec spec, List<Target> targets) {
        // read back inside the transaction: after the commit a worker may already have claimed it
        return Transactions.inTransaction(dataSource, "store test job", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_jobs (user_id, name, model_version_id,"
                    + " spec_json, targets, status, cancel_requested, batteries_done, batteries_total, rows_skipped,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, 0, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setString(2, SqlWrites.cut(spec.name(), 255));
                ps.setLong(3, spec.modelVersionId());
                ps.setString(4, TrainingJson.write(spec));
                ps.setString(5, targets.stream().map(Target::name).collect(Collectors.joining(",")));
                ps.setString(6, JobStatus.PENDING.name());
                SqlValues.setInstant(ps, 7, SqlValues.now());
                ps.executeUpdate();
                return where(c, "id = ?", SqlValues.generatedKey(ps)).get(0);
            }
        });
    }

    @Override
    public Optional<TestJob> find(long userId, long jobId) {
        return Transactions.withConnection(dataSource, "read test job",
                c -> where(c, "id = ? AND user_id = ?", jobId, userId).stream().findFirst());
    }

    @Override
    public List<TestJob> jobs(long userId) {
        return Transactions.withConnection(dataSource, "list test jobs", c -> where(c, "user_id = ?", userId));
    }

    @Override
    public Optional<TestJob> job(long jobId) {
        return Transactions.withConnection(dataSource, "read test job", c -> where(c, "id = ?", jobId).stream().findFirst());
    }

    @Override
    public Optional<TestJob> claimNext(String workerId) {
        return Transactions.withConnection(dataSource, "claim a test job", c -> {
            Optional<Long> id = queue.claimNext(c, workerId);
            return id.isEmpty() ? Optional.empty() : where(c, "id = ?", id.get()).stream().findFirst();
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
        return queue.requestCancel(userId, jobId, (c, id, error, now) -> {
        });
    }

    @Override
    public boolean delete(long userId, long jobId) {
        // the foreign keys delete the metrics and details
        return queue.delete(userId, jobId);
    }

    @Override
    public void started(long jobId, int batteriesTotal) {
        retry.call("start test job", repeat -> SqlWrites.update(dataSource, "start test job",
                "UPDATE test_jobs SET batteries_total = ? WHERE id = ?", ps -> {
                    ps.setInt(1, batteriesTotal);
                    ps.setLong(2, jobId);
                }));
    }

    @Override
    public void addBattery(long jobId, String workerId, BatteryMetrics metrics, List<TestDetail> details) {
        retry.call("store test results", repeat -> Transactions.inTransaction(dataSource, "store test results", c -> {
            requireRunningHere(c, jobId, workerId);
            TestResultRows.putDetails(c, jobId, metrics.batteryId(), details);
            TestResultRows.putMetrics(c, jobId, metrics.batteryId(), metrics.batteryName(), metrics.rowsSkipped(),
                    metrics.metrics());
            // counted from the stored cells, so that a write repeated after a lost acknowledgement counts once
            try (PreparedStatement ps = c.prepareStatement("UPDATE test_jobs SET batteries_done = (SELECT COUNT(DISTINCT"
                    + " battery_id) FROM test_metrics WHERE job_id = ? AND battery_id <> 0), rows_skipped = (SELECT"
                    + " COALESCE(SUM(s), 0) FROM (SELECT MAX(rows_skipped) s FROM test_metrics WHERE job_id = ?"
                    + " AND battery_id <> 0 GROUP BY battery_id) cells) WHERE id = ?")) {
                ps.setLong(1, jobId);
                ps.setLong(2, jobId);
                ps.setLong(3, jobId);
                ps.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public boolean finish(long jobId, String workerId, JobStatus status, String error, List<TargetMetrics> overall) {
        if (!overall.isEmpty()) {
            retry.call("store test metrics", repeat -> Transactions.inTransaction(dataSource, "store test metrics", c -> {
                requireRunningHere(c, jobId, workerId);
                TestResultRows.putMetrics(c, jobId, TestResultRows.OVERALL, "all cells", 0, overall);
                return null;
            }));
        }
        return queue.finish(jobId, workerId, status, error);
    }

    @Override
    public List<Long> failStale(Instant heartbeatBefore, Function<String, String> reason) {
        return queue.failStale(heartbeatBefore, reason, (c, id, error, now) -> {
        });
    }

    @Override
    public List<BatteryMetrics> perBattery(long userId, long jobId) {
        return Transactions.withConnection(dataSource, "read test results", c -> owned(c, userId, jobId)
                ? TestResultRows.metrics(c, jobId).stream().filter(b -> b.batteryId() != TestResultRows.OVERALL).toList()
                : List.of());
    }

    @Override
    public long detailCount(long userId, long jobId, Long batteryId) {
        return Transactions.withConnection(dataSource, "count test details",
                c -> owned(c, userId, jobId) ? TestResultRows.detailCount(c, jobId, batteryId) : 0L);
    }

    @Override
    public List<TestDetail> details(long userId, long jobId, Long batteryId, long offset, int limit) {
        return Transactions.withConnection(dataSource, "read test details", c -> owned(c, userId, jobId)
                ? TestResultRows.details(c, jobId, batteryId, offset, limit) : List.of());
    }

    @Override
    public List<TestDetail> detailsAfter(long userId, long jobId, TestDetail after, int limit) {
        return Transactions.withConnection(dataSource, "read test details", c -> owned(c, userId, jobId)
                ? TestResultRows.detailsAfter(c, jobId, after, limit) : List.of());
    }

    private static boolean owned(Connection c, long userId, long jobId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM test_jobs WHERE id = ? AND user_id = ?")) {
            ps.setLong(1, jobId);
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Locks the job's row until the transaction ends, so that recovery cannot fail it between check and write. */
    private static void requireRunningHere(Connection c, long jobId, String workerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status, worker_id FROM test_jobs WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !JobStatus.RUNNING.name().equals(rs.getString(1)) || !workerId.equals(rs.getString(2))) {
                    throw new IllegalStateException("test job " + jobId + " is no longer running on this worker");
                }
            }
        }
    }

    private static List<TestJob> where(Connection c, String where, Object... parameters) throws SQLException {
        List<TestJob> jobs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM test_jobs WHERE " + where
                + " ORDER BY id DESC")) {
            SqlWrites.bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jobs.add(new TestJob(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                            TrainingJson.read(rs.getString("spec_json"), TestJobSpec.class),
                            Arrays.stream(rs.getString("targets").split(",")).map(Target::valueOf).toList(),
                            JobStatus.valueOf(rs.getString("status")), rs.getString("error_message"),
                            rs.getInt("batteries_done"), rs.getInt("batteries_total"), rs.getInt("rows_skipped"), List.of(),
                            SqlValues.getInstant(rs, "created_at"), SqlValues.getInstantOrNull(rs, "started_at"),
                            SqlValues.getInstantOrNull(rs, "finished_at")));
                }
            }
        }
        List<TestJob> withMetrics = new ArrayList<>();
        for (TestJob j : jobs) {
            List<TargetMetrics> overall = j.status() != JobStatus.SUCCEEDED ? List.of()
                    : TestResultRows.metrics(c, j.id()).stream().filter(b -> b.batteryId() == TestResultRows.OVERALL)
                            .flatMap(b -> b.metrics().stream()).toList();
            withMetrics.add(new TestJob(j.id(), j.userId(), j.name(), j.spec(), j.targets(), j.status(), j.error(),
                    j.batteriesDone(), j.batteriesTotal(), j.rowsSkipped(), overall, j.createdAt(), j.startedAt(),
                    j.finishedAt()));
        }
        return withMetrics;
    }
}
