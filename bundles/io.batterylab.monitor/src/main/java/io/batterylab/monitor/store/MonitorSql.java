package io.batterylab.monitor.store;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.storage.internal.SqlWrites;
import io.batterylab.storage.internal.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Column conversions and a query helper shared by the monitoring stores (times are epoch ms, see V8). */
final class MonitorSql {
    private MonitorSql() {
    }

    static <T> List<T> query(DataSource dataSource, String what, String sql, SqlWrites.RowReader<T> reader,
            Object... parameters) {
        return Transactions.withConnection(dataSource, what, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                SqlWrites.bind(ps, parameters);
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

    static int update(DataSource dataSource, String what, String sql, Object... parameters) {
        return SqlWrites.update(dataSource, what, sql, ps -> SqlWrites.bind(ps, parameters));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    static DeviceStatus status(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : DeviceStatus.valueOf(value);
    }

    static String name(DeviceStatus status) {
        return status == null ? null : status.name();
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || !Double.isFinite(value)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    static double doubleOrNaN(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }
}
