package io.batterylab.storage;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.service.BatteryService;
import io.batterylab.storage.internal.BatteryRows;
import io.batterylab.storage.internal.CycleRows;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Batteries from the database. Every query is restricted to the built-in cells and the acting user's own rows, so
 * another user's battery is indistinguishable from one that does not exist.
 */
public final class JdbcBatteryService implements BatteryService {
    private static final String SELECT_VISIBLE = "SELECT " + BatteryRows.COLUMNS + " FROM batteries b WHERE "
            + BatteryRows.VISIBLE_TO_USER;
    private static final String SELECT_CYCLES = "SELECT " + CycleRows.VALUE_COLUMNS
            + " FROM cycles c JOIN batteries b ON b.id = c.battery_id WHERE c.battery_id = ? AND "
            + BatteryRows.VISIBLE_TO_USER + " ORDER BY c.cycle";

    private final DataSource dataSource;

    public JdbcBatteryService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Battery> list(long userId, BatteryFilter filter) {
        BatteryQuery query = BatteryQuery.visibleTo(userId, filter == null ? BatteryFilter.all() : filter);
        return Transactions.withConnection(dataSource, "list batteries", c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_VISIBLE + query.conditions() + " ORDER BY b.id")) {
                query.bind(ps);
                return readBatteries(ps);
            }
        });
    }

    @Override
    public Optional<Battery> find(long userId, long batteryId) {
        return Transactions.withConnection(dataSource, "find battery", c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_VISIBLE + " AND b.id = ?")) {
                ps.setLong(1, userId);
                ps.setLong(2, batteryId);
                return readBatteries(ps).stream().findFirst();
            }
        });
    }

    @Override
    public List<CycleRecord> cycles(long userId, long batteryId) {
        return readCycles(userId, batteryId, SELECT_CYCLES, ps -> { });
    }

    @Override
    public List<CycleRecord> cycles(long userId, long batteryId, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        return readCycles(userId, batteryId, SELECT_CYCLES + " LIMIT ? OFFSET ?", ps -> {
            ps.setInt(3, limit);
            ps.setInt(4, offset);
        });
    }

    private List<CycleRecord> readCycles(long userId, long batteryId, String sql, ExtraParameters extra) {
        return Transactions.withConnection(dataSource, "read cycles", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, batteryId);
                ps.setLong(2, userId);
                extra.bind(ps);
                List<CycleRecord> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(CycleRows.read(rs));
                    }
                }
                return rows;
            }
        });
    }

    private static List<Battery> readBatteries(PreparedStatement ps) throws SQLException {
        List<Battery> batteries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                batteries.add(BatteryRows.read(rs));
            }
        }
        return batteries;
    }

    @FunctionalInterface
    private interface ExtraParameters {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** The WHERE conditions of a filter and their parameter values, in order. */
    private record BatteryQuery(String conditions, List<Object> parameters) {
        static BatteryQuery visibleTo(long userId, BatteryFilter filter) {
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>(List.of(userId));
            if (filter.nameContains() != null) {
                sql.append(" AND LOWER(b.name) LIKE ? ESCAPE '!'");
                params.add(SqlValues.containsPattern(filter.nameContains()));
            }
            if (filter.split() != null) {
                sql.append(" AND LOWER(b.split) = ?");
                params.add(filter.split().toLowerCase(Locale.ROOT));
            }
            if (filter.policyContains() != null) {
                sql.append(" AND LOWER(b.charging_policy) LIKE ? ESCAPE '!'");
                params.add(SqlValues.containsPattern(filter.policyContains()));
            }
            if (filter.source() != null) {
                sql.append(" AND b.source = ?");
                params.add(filter.source().name());
            }
            if (filter.uploadId() != null) {
                sql.append(" AND b.upload_id = ?");
                params.add(filter.uploadId());
            }
            return new BatteryQuery(sql.toString(), params);
        }

        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
        }
    }
}
