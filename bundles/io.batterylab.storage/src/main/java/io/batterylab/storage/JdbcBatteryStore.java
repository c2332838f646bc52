package io.batterylab.storage;

import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.storage.internal.BatteryWriter;
import io.batterylab.storage.internal.ReportJson;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.Transactions;
import io.batterylab.storage.internal.UploadRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link BatteryStore} on JDBC. */
public final class JdbcBatteryStore implements BatteryStore {
    /** The {@code app_state} key whose presence means the built-in cells are stored. */
    static final String BUILT_IN_LOADED = "builtin.loaded";
    private static final int MAX_FILE_NAME = 255;

    private final DataSource dataSource;

    public JdbcBatteryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public UploadRecord storeUpload(long userId, String originalFileName, String dataSourceId, ImportedData data) {
        String fileName = displayFileName(originalFileName);
        String report = ReportJson.write(data.report());
        Instant now = SqlValues.now();
        return Transactions.inTransaction(dataSource, "store upload '" + fileName + "'", c -> {
            long uploadId;
            try (PreparedStatement ps = c.prepareStatement(UploadRows.INSERT, Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setString(2, fileName);
                ps.setString(3, dataSourceId);
                SqlValues.setInstant(ps, 4, now);
                ps.setInt(5, data.batteries().size());
                ps.setInt(6, data.rowCount());
                ps.setString(7, report);
                ps.executeUpdate();
                uploadId = SqlValues.generatedKey(ps);
            }
            new BatteryWriter(c).insert(userId, uploadId, BatterySource.UPLOAD, false, data.batteries());
            return new UploadRecord(uploadId, userId, fileName, dataSourceId, now, data.batteries().size(),
                    data.rowCount(), data.report());
        });
    }

    @Override
    public List<UploadRecord> uploads(long userId) {
        return Transactions.withConnection(dataSource, "list uploads", c -> readUploads(c,
                "SELECT " + UploadRows.COLUMNS + " FROM uploads WHERE user_id = ? ORDER BY id", userId));
    }

    @Override
    public Optional<UploadRecord> findUpload(long userId, long uploadId) {
        return Transactions.withConnection(dataSource, "find upload", c -> readUploads(c,
                "SELECT " + UploadRows.COLUMNS + " FROM uploads WHERE user_id = ? AND id = ?", userId, uploadId)
                .stream().findFirst());
    }

    @Override
    public boolean deleteUpload(long userId, long uploadId) {
        // Batteries and their cycles go with the upload (ON DELETE CASCADE); one statement is atomic.
        return Transactions.inTransaction(dataSource, "delete upload", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM uploads WHERE id = ? AND user_id = ?")) {
                ps.setLong(1, uploadId);
                ps.setLong(2, userId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean loadBuiltIn(List<ImportedBattery> batteries, boolean synthetic) {
        if (builtInLoaded()) {
            return false; // the usual case on every start after the first: no write, no lock
        }
        return Transactions.inTransaction(dataSource, "load the built-in batteries", c -> {
            // The marker row goes first: a second process doing the same waits on its key and then fails, so the
            // cells are stored exactly once.
            if (!claimBuiltInMarker(c, batteries.size())) {
                return false;
            }
            new BatteryWriter(c).insert(null, null, BatterySource.BUILT_IN, synthetic, batteries);
            return true;
        });
    }

    @Override
    public boolean builtInLoaded() {
        return Transactions.withConnection(dataSource, "read application state", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_state WHERE state_key = ?")) {
                ps.setString(1, BUILT_IN_LOADED);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static boolean claimBuiltInMarker(Connection c, int batteryCount) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO app_state (state_key, state_value) VALUES (?, ?)")) {
            ps.setString(1, BUILT_IN_LOADED);
            ps.setString(2, batteryCount + " batteries, " + SqlValues.now());
            ps.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException alreadyLoaded) {
            return false;
        }
    }

    private static List<UploadRecord> readUploads(Connection c, String sql, long... ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                ps.setLong(i + 1, ids[i]);
            }
            List<UploadRecord> uploads = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uploads.add(UploadRows.read(rs));
                }
            }
            return uploads;
        }
    }

    /** Display names only; cut without splitting a surrogate pair so any name fits the column. */
    private static String displayFileName(String name) {
        if (name == null || name.isBlank()) {
            return "unnamed";
        }
        if (name.length() <= MAX_FILE_NAME) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MAX_FILE_NAME - 1)) ? MAX_FILE_NAME - 1 : MAX_FILE_NAME;
        return name.substring(0, end);
    }
}
