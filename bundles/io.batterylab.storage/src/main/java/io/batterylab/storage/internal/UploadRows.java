package io.batterylab.storage.internal;

import io.batterylab.core.model.UploadRecord;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code uploads} table. */
public final class UploadRows {
    public static final String COLUMNS = "id, user_id, original_file_name, data_source_id, created_at, "
            + "battery_count, row_count, report_json";

    public static final String INSERT = "INSERT INTO uploads (user_id, original_file_name, data_source_id, "
            + "created_at, battery_count, row_count, report_json) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private UploadRows() {
    }

    public static UploadRecord read(ResultSet rs) throws SQLException {
        return new UploadRecord(rs.getLong("id"), rs.getLong("user_id"), rs.getString("original_file_name"),
                rs.getString("data_source_id"), SqlValues.getInstant(rs, "created_at"), rs.getInt("battery_count"),
                rs.getInt("row_count"), ReportJson.read(rs.getString("report_json")));
    }
}
