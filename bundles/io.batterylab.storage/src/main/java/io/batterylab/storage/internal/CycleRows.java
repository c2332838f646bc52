package io.batterylab.storage.internal;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The {@code cycles} table. Its feature columns are named by {@link Feature#key()}; the column list is built from
 * the enum (never from input), so a new feature needs a migration that adds its column.
 */
public final class CycleRows {
    /** cycle, the eight features in enum order, rul, pcl. */
    public static final String VALUE_COLUMNS = "cycle, "
            + Arrays.stream(Feature.values()).map(Feature::key).collect(Collectors.joining(", ")) + ", rul, pcl";

    /** Parameters per row: battery_id, cycle, the features, rul, pcl. */
    public static final int PARAMETERS = Feature.values().length + 4;

    private CycleRows() {
    }

    /** An INSERT of {@code rows} rows in one statement. */
    public static String insert(int rows) {
        String tuple = "(?" + ", ?".repeat(PARAMETERS - 1) + ")";
        return "INSERT INTO cycles (battery_id, " + VALUE_COLUMNS + ") VALUES " + tuple
                + (", " + tuple).repeat(rows - 1);
    }

    /**
     * Binds the {@code index}-th row (0-based) of an {@link #insert(int)} statement.
     *
     * @throws IllegalArgumentException for an infinite value, which neither a measurement nor MySQL allows
     */
    public static void bind(PreparedStatement ps, int index, long batteryId, CycleRecord row, String batteryName)
            throws SQLException {
        int i = index * PARAMETERS + 1;
        ps.setLong(i++, batteryId);
        ps.setInt(i++, row.cycle());
        for (Feature f : Feature.values()) {
            SqlValues.setDouble(ps, i++, finite(row.features().valueOrNaN(f), f.key(), row, batteryName));
        }
        SqlValues.setDouble(ps, i++, finite(row.rul(), "rul", row, batteryName));
        SqlValues.setDouble(ps, i, finite(row.pcl(), "pcl", row, batteryName));
    }

    /** Reads a row selected with {@link #VALUE_COLUMNS}. */
    public static CycleRecord read(ResultSet rs) throws SQLException {
        double[] features = new double[Feature.values().length];
        for (Feature f : Feature.values()) {
            features[f.ordinal()] = SqlValues.getDouble(rs, f.key());
        }
        return new CycleRecord(rs.getInt("cycle"), FeatureValues.of(features), SqlValues.getDouble(rs, "rul"),
                SqlValues.getDouble(rs, "pcl"));
    }

    private static double finite(double value, String column, CycleRecord row, String batteryName) {
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("Battery '" + batteryName + "', cycle " + row.cycle() + ", column "
                    + column + ": infinite value cannot be stored");
        }
        return value;
    }
}
