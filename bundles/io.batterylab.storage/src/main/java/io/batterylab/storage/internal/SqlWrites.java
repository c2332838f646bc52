package io.batterylab.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The small statement helpers every store shares: one update on its own connection, binding, reading a row. */
public final class SqlWrites {
    private SqlWrites() {
    }

    /** Sets the parameters of a statement. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** One row of a result set as a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs one update statement on its own connection; the number of rows changed. */
    public static int update(DataSource dataSource, String what, String sql, Binder binder) {
        return Transactions.withConnection(dataSource, what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }

    public static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }

    /** Text cut to a column's width, with an ellipsis where it was cut. */
    public static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
