package io.batterylab.storage;

import io.batterylab.core.service.ExportRecord;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code exports} table: one row per stored export file of a user; every query is filtered by the owner. */
public final class JdbcExportStore {
    private static final String COLUMNS = "id, user_id, source_kind, source_id, format_id, file_extension, media_type,"
            + " file_name, size_bytes, created_at";

    /** What happens to the file while the row is written; the row is committed only when it succeeds. */
    @FunctionalInterface
    public interface FileStep {
        void run() throws IOException;
    }

    private final DataSource dataSource;

    public JdbcExportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the export (its id and creation time are the database's), replacing the user's earlier row for the same
     * item and file extension, and runs {@code fileStep} (moving the file into place) before the commit: the row
     * exists only when the file does.
     *
     * @throws IOException from the file step; nothing is stored then
     */
    public ExportRecord replace(ExportRecord export, FileStep fileStep) throws IOException {
        try {
            return Transactions.inTransaction(dataSource, "store export", connection -> {
                try (PreparedStatement ps = connection.prepareStatement("DELETE FROM exports WHERE user_id = ? AND "
                        + "source_kind = ? AND source_id = ? AND file_extension = ?")) {
                    ps.setLong(1, export.userId());
                    ps.setString(2, export.sourceKind());
                    ps.setLong(3, export.sourceId());
                    ps.setString(4, export.fileExtension());
                    ps.executeUpdate();
                }
                var now = SqlValues.now();
                long id;
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO exports (user_id, source_kind, "
                        + "source_id, format_id, file_extension, media_type, file_name, size_bytes, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setLong(1, export.userId());
                    ps.setString(2, export.sourceKind());
                    ps.setLong(3, export.sourceId());
                    ps.setString(4, export.format());
                    ps.setString(5, export.fileExtension());
                    ps.setString(6, export.mediaType());
                    ps.setString(7, export.fileName());
                    ps.setLong(8, export.sizeBytes());
                    SqlValues.setInstant(ps, 9, now);
                    ps.executeUpdate();
                    id = SqlValues.generatedKey(ps);
                }
                try {
                    fileStep.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new ExportRecord(id, export.userId(), export.sourceKind(), export.sourceId(), export.format(),
                        export.fileExtension(), export.mediaType(), export.fileName(), export.sizeBytes(), now);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The user's exports, newest first. */
    public List<ExportRecord> list(long userId) {
        return query("SELECT " + COLUMNS + " FROM exports WHERE user_id = ? ORDER BY id DESC", userId, null);
    }

    public Optional<ExportRecord> find(long userId, long exportId) {
        return query("SELECT " + COLUMNS + " FROM exports WHERE user_id = ? AND id = ?", userId, exportId).stream()
                .findFirst();
    }

    /** @return false when the user has no such export */
    public boolean delete(long userId, long exportId) {
        return Transactions.withConnection(dataSource, "delete export", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM exports WHERE user_id = ? AND id = ?")) {
                ps.setLong(1, userId);
                ps.setLong(2, exportId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private List<ExportRecord> query(String sql, long userId, Long exportId) {
        return Transactions.withConnection(dataSource, "read exports", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, userId);
                if (exportId != null) {
                    ps.setLong(2, exportId);
                }
                List<ExportRecord> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(row(rs));
                    }
                }
                return found;
            }
        });
    }

    private static ExportRecord row(ResultSet rs) throws SQLException {
        return new ExportRecord(rs.getLong("id"), rs.getLong("user_id"), rs.getString("source_kind"),
                rs.getLong("source_id"), rs.getString("format_id"), rs.getString("file_extension"),
                rs.getString("media_type"), rs.getString("file_name"), rs.getLong("size_bytes"),
                SqlValues.getInstant(rs, "created_at"));
    }
}
