package io.batterylab.storage.internal;

import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.plugin.ImportedBattery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Inserts batteries and their cycle rows on a connection inside the caller's transaction. Cycle rows go in JDBC
 * batches of multi-row INSERTs: on H2 that is about five times faster than a batch of single-row INSERTs (the
 * foreign-key check is paid per statement), and the MySQL driver additionally rewrites each batch into one request.
 */
public final class BatteryWriter {
    /** Rows per INSERT statement. */
    static final int ROWS_PER_STATEMENT = 100;
    /** Statements per JDBC batch: 1000 rows per round trip. */
    static final int STATEMENTS_PER_BATCH = 10;

    private final Connection connection;

    public BatteryWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param userId owner, null for built-in cells
     * @param uploadId the upload the cells came from, null for built-in cells
     */
    public void insert(Long userId, Long uploadId, BatterySource source, boolean synthetic,
            Iterable<ImportedBattery> batteries) throws SQLException {
        try (PreparedStatement batteryInsert = connection.prepareStatement(BatteryRows.INSERT,
                Statement.RETURN_GENERATED_KEYS);
                CycleInserter cycles = new CycleInserter(connection)) {
            for (ImportedBattery battery : batteries) {
                long batteryId = insertBattery(batteryInsert, userId, uploadId, source, synthetic, battery);
                for (CycleRecord row : battery.cycles()) {
                    cycles.add(batteryId, row, battery.name());
                }
            }
            cycles.flush();
        }
    }

    private static long insertBattery(PreparedStatement ps, Long userId, Long uploadId, BatterySource source,
            boolean synthetic, ImportedBattery battery) throws SQLException {
        SqlValues.setLong(ps, 1, userId);
        SqlValues.setLong(ps, 2, uploadId);
        ps.setString(3, checkLength("name", required(battery), 255, battery.name()));
        ps.setString(4, source.name());
        ps.setString(5, checkLength("split", battery.split(), 64, battery.name()));
        SqlValues.setDouble(ps, 6, battery.nominalCapacityAh());
        ps.setString(7, checkLength("charging policy", battery.chargingPolicy(), 255, battery.name()));
        SqlValues.setInteger(ps, 8, battery.cycleLife());
        ps.setInt(9, battery.cycles().size());
        ps.setBoolean(10, synthetic);
        ps.executeUpdate();
        return SqlValues.generatedKey(ps);
    }

    private static String required(ImportedBattery battery) {
        if (battery.name() == null || battery.name().isBlank()) {
            throw new IllegalArgumentException("A battery has no name");
        }
        return battery.name();
    }

    private static String checkLength(String what, String value, int max, String batteryName) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("Battery '" + batteryName.substring(0, Math.min(40,
                    batteryName.length())) + "': " + what + " is longer than " + max + " characters");
        }
        return value;
    }
}
