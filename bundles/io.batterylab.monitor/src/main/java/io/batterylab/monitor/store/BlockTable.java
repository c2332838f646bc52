package io.batterylab.monitor.store;

import io.batterylab.storage.internal.Transactions;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** The {@code monitor_sample_blocks} table (V9): blocks written many a statement, and the blocks a read needs. */
final class BlockTable {
    /** Blocks per insert statement: 100 × 5 parameters of at most 6 kB. */
    static final int BLOCKS_PER_INSERT = 100;
    private static final String COLUMNS = "id, device_pk, first_ms, last_ms, sample_count, samples";

    /** A block as stored: {@code id} names it in errors. */
    record Stored(long id, SampleBlock block) {
        List<SampleRow> rows(String deviceId) {
            return BlockCodec.decode(block.bytes(), block.devicePk(), deviceId, "id " + id + " of device key "
                    + block.devicePk());
        }
    }

    private final DataSource dataSource;

    BlockTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the blocks in one transaction, {@value #BLOCKS_PER_INSERT} a multi-row statement. */
    void insert(List<SampleBlock> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        Transactions.inTransaction(dataSource, "store sample blocks", connection -> {
            ChunkedWrites.write(connection, blocks, BLOCKS_PER_INSERT, BlockTable::insertOf, BlockTable::bind);
            return null;
        });
    }

    static String insertOf(int blocks) {
        return "INSERT INTO monitor_sample_blocks (device_pk, first_ms, last_ms, sample_count, samples) VALUES "
                + String.join(", ", Collections.nCopies(blocks, "(?, ?, ?, ?, ?)"));
    }

    static void bind(PreparedStatement ps, List<SampleBlock> blocks) throws SQLException {
        int p = 0;
        for (SampleBlock block : blocks) {
            ps.setLong(++p, block.devicePk());
            ps.setLong(++p, block.firstMs());
            ps.setLong(++p, block.lastMs());
            ps.setInt(++p, block.count());
            ps.setBytes(++p, block.bytes());
        }
    }

    /** The device's blocks holding samples received in [fromMs, toMs] (no block spans more than its maximum). */
    List<Stored> overlapping(long devicePk, long fromMs, long toMs) {
        return MonitorSql.query(dataSource, "read sample blocks", "SELECT " + COLUMNS + " FROM monitor_sample_blocks "
                + "WHERE device_pk = ? AND first_ms BETWEEN ? AND ? AND last_ms >= ? ORDER BY first_ms, id",
                BlockTable::stored, devicePk, fromMs - BlockLimits.MAX_SPAN_MS, toMs, fromMs);
    }

    /** The device's block that started last (the latest sample is in it unless the clock went back). */
    List<Stored> newest(long devicePk) {
        return MonitorSql.query(dataSource, "read latest sample block", "SELECT " + COLUMNS + " FROM "
                + "monitor_sample_blocks WHERE device_pk = ? ORDER BY first_ms DESC, id DESC LIMIT 1",
                BlockTable::stored, devicePk);
    }

    static Stored stored(java.sql.ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), new SampleBlock(rs.getLong("device_pk"), rs.getLong("first_ms"),
                rs.getLong("last_ms"), rs.getInt("sample_count"), rs.getBytes("samples")));
    }

    /** The blocks of this process not yet written, without those the database already returned. */
    static List<SampleBlock> notIn(List<Stored> stored, List<SampleBlock> unwritten) {
        List<SampleBlock> left = new ArrayList<>();
        for (SampleBlock block : unwritten) {
            if (stored.stream().map(Stored::block).noneMatch(s -> s.firstMs() == block.firstMs()
                    && s.lastMs() == block.lastMs() && s.count() == block.count())) {
                left.add(block);
            }
        }
        return left;
    }
}
