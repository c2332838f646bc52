package io.batterylab.storage;

import io.batterylab.core.model.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the storage tests: opens a fresh database on the backend of the concrete test class before each test and
 * throws it away after.
 */
abstract class StorageFixture {
    /** bcrypt's lowest cost: the tests check behaviour, not hashing strength. */
    static final PasswordHasher FAST_HASHER = new PasswordHasher(4);

    StorageConfig config;
    Database database;
    JdbcUserService users;
    JdbcBatteryService batteries;
    JdbcBatteryStore store;

    protected abstract TestBackend backend();

    @BeforeEach
    void openFreshDatabase() {
        config = backend().freshDatabase();
        database = Database.open(config);
        users = new JdbcUserService(database.dataSource(), FAST_HASHER);
        batteries = new JdbcBatteryService(database.dataSource());
        store = new JdbcBatteryStore(database.dataSource());
    }

    @AfterEach
    void discardDatabase() {
        if (database != null) {
            database.close();
        }
        if (config != null) {
            backend().discard(config);
        }
    }

    User newUser(String name) {
        return users.register(name, "correct horse".toCharArray());
    }

    /** A count straight from the database, bypassing the services under test. */
    long count(String sql, Object... parameters) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
