package io.batterylab.storage.internal;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatterySource;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code batteries} table. */
public final class BatteryRows {
    /** Columns read by {@link #read}, qualified with the alias {@code b}. */
    public static final String COLUMNS = "b.id, b.user_id, b.upload_id, b.name, b.source, b.split, "
            + "b.nominal_capacity_ah, b.charging_policy, b.cycle_life, b.cycle_count, b.synthetic";

    public static final String INSERT = "INSERT INTO batteries (user_id, upload_id, name, source, split, "
            + "nominal_capacity_ah, charging_policy, cycle_life, cycle_count, synthetic) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Rows the user may see: the built-in cells and the user's own. Takes the user id as one parameter. */
    public static final String VISIBLE_TO_USER = "(b.user_id IS NULL OR b.user_id = ?)";

    private BatteryRows() {
    }

    public static Battery read(ResultSet rs) throws SQLException {
        return new Battery(rs.getLong("id"), SqlValues.getLong(rs, "user_id"), rs.getString("name"),
                BatterySource.valueOf(rs.getString("source")), SqlValues.getLong(rs, "upload_id"),
                rs.getString("split"), SqlValues.getDouble(rs, "nominal_capacity_ah"),
                rs.getString("charging_policy"), SqlValues.getInteger(rs, "cycle_life"), rs.getInt("cycle_count"),
                rs.getBoolean("synthetic"));
    }
}
