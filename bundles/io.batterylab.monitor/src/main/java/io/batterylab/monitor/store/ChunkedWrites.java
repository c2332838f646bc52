package io.batterylab.monitor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes many items with few statements: {@code per} items a statement (multi-row), the full statements batched and
 * the rest in one shorter statement, on the caller's connection (and so in its transaction).
 */
final class ChunkedWrites {
    /** Binds the parameters of one statement for its items. */
    interface Binder<T> {
        void bind(PreparedStatement ps, List<T> items) throws SQLException;
    }

    private ChunkedWrites() {
    }

    static <T> void write(Connection connection, List<T> items, int per, IntFunction<String> sqlFor, Binder<T> binder)
            throws SQLException {
        int full = items.size() / per * per;
        if (full > 0) {
            try (PreparedStatement ps = connection.prepareStatement(sqlFor.apply(per))) {
                for (int from = 0; from < full; from += per) {
                    binder.bind(ps, items.subList(from, from + per));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (full < items.size()) {
            try (PreparedStatement ps = connection.prepareStatement(sqlFor.apply(items.size() - full))) {
                binder.bind(ps, items.subList(full, items.size()));
                ps.executeUpdate();
            }
        }
    }
}
