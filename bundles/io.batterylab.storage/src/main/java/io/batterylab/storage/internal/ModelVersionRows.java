package io.batterylab.storage.internal;

import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.ModelVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The model versions table: metadata of trained and imported models, per user. */
public final class ModelVersionRows {
    private static final String COLUMNS = "id, user_id, run_id, algorithm_id, algorithm_version, target_key,"
            + " features, settings_json, dataset_json, validation_json, test_json, created_at";

    private final DataSource dataSource;
    private final ConnectionRetry retry;

    public ModelVersionRows(DataSource dataSource, ConnectionRetry retry) {
        this.dataSource = dataSource;
        this.retry = retry;
    }

    /** Stores a model version's metadata; the id of the given one is ignored. */
    public ModelVersion add(ModelVersion v) {
        long id = retry.call("store model version", repeat -> Transactions.inTransaction(dataSource, "store model version",
                c -> insert(c, v, repeat)));
        return find(v.userId(), id).orElseThrow();
    }

    /** A trained run's version only while the run is RUNNING here; once per run, also when tried again. */
    private static long insert(Connection c, ModelVersion v, boolean repeat) throws SQLException {
        if (v.runId() != null) {
            RunProgressRows.requireRunning(c, v.runId());
            List<ModelVersion> stored = where(c, "run_id = ?", v.runId());
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
            ps.setString(4, SqlWrites.cut(v.algorithmVersion(), 64));
            ps.setString(5, v.target().name());
            ps.setString(6, TrainingJson.features(v.features()));
            ps.setString(7, v.settingsJson());
            ps.setString(8, TrainingJson.write(v.dataset()));
            SqlValues.setString(ps, 9, TrainingJson.metrics(v.target(), v.validationByTarget()));
            SqlValues.setString(ps, 10, TrainingJson.metrics(v.target(), v.testByTarget()));
            SqlValues.setInstant(ps, 11, v.createdAt() == null ? SqlValues.now() : v.createdAt());
            ps.executeUpdate();
            return SqlValues.generatedKey(ps);
        }
    }

    /** Newest first. */
    public List<ModelVersion> list(long userId) {
        return Transactions.withConnection(dataSource, "list model versions", c -> where(c, "user_id = ?", userId));
    }

    public Optional<ModelVersion> find(long userId, long modelVersionId) {
        return Transactions.withConnection(dataSource, "read model version",
                c -> where(c, "id = ? AND user_id = ?", modelVersionId, userId).stream().findFirst());
    }

    public boolean delete(long userId, long modelVersionId) {
        return SqlWrites.update(dataSource, "delete model version", "DELETE FROM model_versions WHERE id = ? AND user_id = ?",
                ps -> {
                    ps.setLong(1, modelVersionId);
                    ps.setLong(2, userId);
                }) == 1;
    }

    private static List<ModelVersion> where(Connection c, String where, Object... parameters) throws SQLException {
        List<ModelVersion> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM model_versions WHERE " + where
                + " ORDER BY id DESC")) {
            SqlWrites.bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TargetChoice target = TargetChoice.valueOf(rs.getString("target_key"));
                    versions.add(new ModelVersion(rs.getLong("id"), rs.getLong("user_id"), SqlValues.getLong(rs, "run_id"),
                            rs.getString("algorithm_id"), rs.getString("algorithm_version"), target,
                            TrainingJson.features(rs.getString("features")), rs.getString("settings_json"),
                            TrainingJson.dataset(rs.getString("dataset_json")),
                            TrainingJson.metrics(target, rs.getString("validation_json")),
                            TrainingJson.metrics(target, rs.getString("test_json")), SqlValues.getInstant(rs, "created_at")));
                }
            }
        }
        return versions;
    }
}
