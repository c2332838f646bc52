package io.batterylab.storage.internal;

import io.batterylab.core.model.CycleRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Collects cycle rows into multi-row INSERT statements and sends them in JDBC batches; the rows left over at the
 * end go in single-row INSERTs. Nothing is committed here.
 */
final class CycleInserter implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement block;
    private PreparedStatement single;
    private final long[] batteryIds = new long[BatteryWriter.ROWS_PER_STATEMENT];
    private final CycleRecord[] rows = new CycleRecord[BatteryWriter.ROWS_PER_STATEMENT];
    private final String[] batteryNames = new String[BatteryWriter.ROWS_PER_STATEMENT];
    private int bufferedRows;
    private int batchedStatements;

    CycleInserter(Connection connection) throws SQLException {
        this.connection = connection;
        this.block = connection.prepareStatement(CycleRows.insert(BatteryWriter.ROWS_PER_STATEMENT));
    }

    void add(long batteryId, CycleRecord row, String batteryName) throws SQLException {
        batteryIds[bufferedRows] = batteryId;
        rows[bufferedRows] = row;
        batteryNames[bufferedRows] = batteryName;
        if (++bufferedRows == BatteryWriter.ROWS_PER_STATEMENT) {
            for (int i = 0; i < bufferedRows; i++) {
                CycleRows.bind(block, i, batteryIds[i], rows[i], batteryNames[i]);
            }
            block.addBatch();
            bufferedRows = 0;
            if (++batchedStatements == BatteryWriter.STATEMENTS_PER_BATCH) {
                block.executeBatch();
                batchedStatements = 0;
            }
        }
    }

    /** Sends everything added so far. */
    void flush() throws SQLException {
        if (batchedStatements > 0) {
            block.executeBatch();
            batchedStatements = 0;
        }
        if (bufferedRows > 0) {
            single = connection.prepareStatement(CycleRows.insert(1));
            for (int i = 0; i < bufferedRows; i++) {
                CycleRows.bind(single, 0, batteryIds[i], rows[i], batteryNames[i]);
                single.addBatch();
            }
            single.executeBatch();
            bufferedRows = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            block.close();
        } finally {
            if (single != null) {
                single.close();
            }
        }
    }
}
