package io.batterylab.monitor.store;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.device.mqtt.SensorPayloadParser;
import io.batterylab.monitor.StoredSample;
import io.batterylab.storage.internal.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The monitoring samples: blocks of a device's samples ({@code monitor_sample_blocks}, V9, how samples are written),
 * the one-row-a-sample {@code monitor_samples} of before (still read, and written by {@link #insert}), their
 * per-minute aggregates, and this process's {@link OpenBlocks} not yet written. Reads take all of them together:
 * the newest sample, a series over a time range downsampled into buckets, and retention (samples older than a
 * cut-off become minute averages). Callers pass the device's primary key, found for the user by
 * {@link DeviceStore}: samples of a device that is not the user's are never reached.
 */
public final class SampleStore {
    private static final List<String> CHANNELS = SensorPayloadParser.CHANNELS;
    private static final String CHANNEL_COLUMNS = String.join(", ", CHANNELS);
    private static final long MINUTE_MS = 60_000;
    /** Rows per insert statement: 100 × 17 parameters, far below the drivers' and servers' limits. */
    static final int ROWS_PER_INSERT = 100;
    private static final int INSERT_COLUMNS = 7 + CHANNELS.size();
    /** Severity ranks, so that the worst status of a bucket is a MAX. */
    private static final String RANK = SampleSeries.RANK;
    private static final String UNRANK = "CASE %s WHEN 2 THEN 'DANGER' WHEN 1 THEN 'WARNING' WHEN 0 THEN 'NORMAL' END";

    private final DataSource dataSource;
    private final BlockTable blocks;
    private final OpenBlocks open = new OpenBlocks();

    public SampleStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.blocks = new BlockTable(dataSource);
    }

    /** The blocks this process is filling, which the sample writer shares with the reads here. */
    public OpenBlocks openBlocks() {
        return open;
    }

    /**
     * Inserts the blocks in one transaction, {@value BlockTable#BLOCKS_PER_INSERT} a multi-row
     * {@code INSERT ... VALUES}.
     */
    public void insertBlocks(List<SampleBlock> closed) {
        blocks.insert(closed);
    }

    /**
     * Inserts the rows, in their order, in one transaction: {@value #ROWS_PER_INSERT} rows per multi-row
     * {@code INSERT ... VALUES (...), (...)}, batched (H2 spends most of a one-row insert on the statement, not the
     * row; the MySQL driver's rewriting of batches does the same for MariaDB).
     */
    public void insert(List<SampleRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Transactions.inTransaction(dataSource, "store samples", connection -> {
            ChunkedWrites.write(connection, rows, ROWS_PER_INSERT, SampleStore::insertOf, SampleStore::bind);
            return null;
        });
    }

    private static String insertOf(int rows) {
        String values = "(" + "?, ".repeat(INSERT_COLUMNS - 1) + "?)";
        return "INSERT INTO monitor_samples (device_pk, received_ms, device_time_ms, gap_before, device_status, "
                + "model_status, model_risk, " + CHANNEL_COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, values));
    }

    private static void bind(PreparedStatement ps, List<SampleRow> rows) throws SQLException {
        int p = 0;
        for (SampleRow row : rows) {
            ps.setLong(++p, row.devicePk());
            ps.setLong(++p, row.receivedMs());
            ps.setLong(++p, row.sample().timestampMs());
            ps.setBoolean(++p, row.gapBefore());
            ps.setString(++p, row.sample().deviceStatus().name());
            ps.setString(++p, MonitorSql.name(row.modelStatus()));
            MonitorSql.setDouble(ps, ++p, row.modelStatus() == null ? null : row.modelRisk());
            for (String channel : CHANNELS) {
                MonitorSql.setDouble(ps, ++p, row.sample().channels().get(channel));
            }
        }
    }

    /**
     * The newest sample of the device: of its rows, of its newest stored block, and of this process's blocks not
     * yet written (the latest received wins; on a tie the newer store, then the later sample).
     */
    public Optional<StoredSample> latest(long devicePk, String deviceId) {
        // oldest store first: the last of equally new samples wins
        OpenBlocks.Snapshot unwritten = open.snapshot(devicePk);
        List<SampleRow> candidates = new ArrayList<>();
        for (BlockTable.Stored stored : blocks.newest(devicePk)) {
            candidates.addAll(stored.rows(deviceId));
        }
        for (SampleBlock block : unwritten.all()) {
            candidates.addAll(BlockCodec.decode(block.bytes(), devicePk, deviceId, "not yet written"));
        }
        SampleRow newest = null;
        for (SampleRow row : candidates) {
            if (newest == null || row.receivedMs() >= newest.receivedMs()) {
                newest = row;
            }
        }
        Optional<StoredSample> legacy = MonitorSql.query(dataSource, "read latest sample", "SELECT received_ms, "
                + "device_time_ms, gap_before, device_status, model_status, model_risk, " + CHANNEL_COLUMNS
                + " FROM monitor_samples WHERE device_pk = ? ORDER BY received_ms DESC, id DESC LIMIT 1",
                rs -> raw(rs, deviceId), devicePk).stream().findFirst();
        if (newest == null || legacy.isPresent() && legacy.get().receivedAt().toEpochMilli() > newest.receivedMs()) {
            return legacy;
        }
        SampleAggregate one = new SampleAggregate();
        one.add(newest);
        return Optional.of(one.toSample(deviceId));
    }

    /**
     * The device's samples received in [from, to], at most {@code maxPoints}: when there are more, the range is cut
     * into equal buckets and each becomes one point (channel means, worst statuses, highest risk, a gap when any
     * sample in it followed one); a sample at exactly {@code to} joins the last bucket. Minute averages of compacted
     * samples take part with their sample counts; samples of this process not yet written take part too.
     */
    public List<StoredSample> series(long devicePk, String deviceId, Instant from, Instant to, int maxPoints) {
        long fromMs = from.toEpochMilli();
        long toMs = to.toEpochMilli();
        // the snapshot before the database: a block written in between is then seen twice (and dropped), not never
        OpenBlocks.Snapshot unwritten = open.snapshot(devicePk);
        SampleSeries series = new SampleSeries(fromMs, toMs, maxPoints);
        series.addRows(dataSource, devicePk);
        List<BlockTable.Stored> stored = blocks.overlapping(devicePk, fromMs, toMs);
        for (BlockTable.Stored block : stored) {
            series.addSamples(block.rows(deviceId));
        }
        for (SampleBlock block : BlockTable.notIn(stored, unwritten.all())) {
            series.addSamples(BlockCodec.decode(block.bytes(), devicePk, deviceId, "not yet written"));
        }
        return series.points(deviceId);
    }

    /**
     * Retention: the samples received before the minute that holds {@code cutoff} become per-minute averages and
     * are deleted, in one transaction: rows by the database, then blocks ({@link BlockCompaction}; a block across
     * the cut-off keeps its later samples). @return the number of raw samples compacted
     */
    public int compact(Instant cutoff) {
        long before = cutoff.toEpochMilli() / MINUTE_MS * MINUTE_MS;
        String means = CHANNELS.stream().map(c -> "AVG(" + c + ")").collect(Collectors.joining(", "));
        return Transactions.inTransaction(dataSource, "compact samples", connection -> {
            // grouped in a subquery: H2 cannot match an expression in the SELECT list to the same one in GROUP BY
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO monitor_sample_minutes (device_pk, "
                    + "minute_ms, sample_count, device_status, model_status, model_risk, " + CHANNEL_COLUMNS + ") "
                    + "SELECT device_pk, minute_no * " + MINUTE_MS + ", COUNT(*), " + UNRANK.formatted("MAX(device_rank)")
                    + ", " + UNRANK.formatted("MAX(model_rank)") + ", MAX(model_risk), " + means + " FROM (SELECT "
                    + "device_pk, FLOOR(received_ms / " + MINUTE_MS + ") AS minute_no, "
                    + RANK.formatted("device_status") + " AS device_rank, " + RANK.formatted("model_status")
                    + " AS model_rank, model_risk, " + CHANNEL_COLUMNS + " FROM monitor_samples WHERE received_ms < ?) s "
                    + "GROUP BY device_pk, minute_no")) {
                ps.setLong(1, before);
                ps.executeUpdate();
            }
            int rows;
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM monitor_samples WHERE received_ms < ?")) {
                ps.setLong(1, before);
                rows = ps.executeUpdate();
            }
            return rows + BlockCompaction.compact(connection, before);
        });
    }

    private static StoredSample raw(ResultSet rs, String deviceId) throws SQLException {
        return sample(rs, deviceId, 1);
    }

    private static StoredSample sample(ResultSet rs, String deviceId, int count) throws SQLException {
        Map<String, Double> channels = new HashMap<>();
        for (String c : CHANNELS) {
            double value = MonitorSql.doubleOrNaN(rs, c);
            if (!Double.isNaN(value)) {
                channels.put(c, value);
            }
        }
        DeviceStatus model = MonitorSql.status(rs, "model_status");
        return new StoredSample(deviceId, MonitorSql.instant(rs, "received_ms"), rs.getLong("device_time_ms"), count,
                rs.getBoolean("gap_before"), MonitorSql.status(rs, "device_status"), model,
                model == null ? Double.NaN : rs.getDouble("model_risk"), channels);
    }
}
