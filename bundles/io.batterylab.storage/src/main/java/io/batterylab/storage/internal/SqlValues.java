package io.batterylab.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Conversions between Java values and SQL columns that both H2 and MySQL treat alike: a missing number is NULL
 * (MySQL cannot store NaN), times are UTC {@code DATETIME} in whole seconds.
 */
public final class SqlValues {
    private SqlValues() {
    }

    /** NaN (missing) becomes NULL. */
    public static void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** NULL comes back as NaN (missing), never as 0. */
    public static double getDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    public static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static Integer getInteger(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The id the database gave the row just inserted by {@code ps} (prepared with RETURN_GENERATED_KEYS). */
    public static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("The database returned no generated id");
            }
            return keys.getLong(1);
        }
    }

    public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /**
     * Now in whole seconds, as stored: a time then reads back equal. Seconds, because Connector/J sees MariaDB as
     * a 5.5 server ("5.5.5-10.x") and drops fractional seconds.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * A LIKE pattern matching {@code part} anywhere, lower-cased, for use with {@code LOWER(col) LIKE ? ESCAPE '!'}:
     * the user's own % and _ are matched literally.
     */
    public static String containsPattern(String part) {
        String escaped = part.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    public static Instant getInstantOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column) == null ? null : getInstant(rs, column);
    }

    /** Null becomes SQL NULL. */
    public static void setString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
