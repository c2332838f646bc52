package io.batterylab.monitor.store;

import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import io.batterylab.test.support.Unavailable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The databases the monitoring tests run on: embedded H2, and a fresh MariaDB database when one is configured. */
public final class MonitorDatabases {
    private MonitorDatabases() {
    }

    public static StorageConfig h2(Path home) {
        return StorageConfig.embedded(home);
    }

    /** A new, empty database on the configured server; skipped without one (failed when {@code CI=true}). */
    public static StorageConfig mariaDb(Path home) {
        String url = System.getenv("BATTERYLAB_TEST_MYSQL_URL");
        if (url == null || url.isBlank()) {
            return Unavailable.skipOrFail("BATTERYLAB_TEST_MYSQL_URL is not set: the MariaDB monitoring tests need a "
                    + "server");
        }
        String name = "bl_monitor_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url, System.getenv("BATTERYLAB_TEST_MYSQL_USER"),
                System.getenv("BATTERYLAB_TEST_MYSQL_PASSWORD")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " at " + url, e);
        }
        int slash = url.lastIndexOf('/');
        return new StorageConfig(home, url.substring(0, slash + 1) + name, System.getenv("BATTERYLAB_TEST_MYSQL_USER"),
                System.getenv("BATTERYLAB_TEST_MYSQL_PASSWORD"));
    }

    /** Drops a database {@link #mariaDb} made. */
    public static void drop(StorageConfig config) {
        if (config == null || config.embedded()) {
            return;
        }
        String url = config.dbUrl();
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(url, config.dbUser(), config.dbPassword());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name, e);
        }
    }

    public static long user(Database database, String name) {
        return new JdbcUserService(database.dataSource(), new PasswordHasher(4))
                .register(name, "long enough password".toCharArray()).id();
    }
}
