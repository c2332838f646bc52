package io.batterylab.storage;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** A database server the same tests run against; each test gets a fresh, empty database of its own. */
interface TestBackend {
    String MYSQL_URL_ENV = "BATTERYLAB_TEST_MYSQL_URL";
    String MYSQL_USER_ENV = "BATTERYLAB_TEST_MYSQL_USER";
    String MYSQL_PASSWORD_ENV = "BATTERYLAB_TEST_MYSQL_PASSWORD";
    AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    /** A configuration pointing at a new empty database, with a new empty workspace home. */
    StorageConfig freshDatabase();

    /** Removes what {@link #freshDatabase()} created. */
    void discard(StorageConfig config);

    /** The embedded default: an H2 file database in a temporary workspace. */
    static TestBackend h2() {
        return new TestBackend() {
            @Override
            public StorageConfig freshDatabase() {
                return StorageConfig.embedded(temporaryHome());
            }

            @Override
            public void discard(StorageConfig config) {
                deleteTree(config.home());
            }
        };
    }

    /**
     * MariaDB/MySQL from {@value #MYSQL_URL_ENV}; the URL's database must exist, and its user may create
     * databases. Without the variable the tests are skipped, except on CI where they fail.
     */
    static TestBackend mariaDb() {
        return new TestBackend() {
            @Override
            public StorageConfig freshDatabase() {
                String url = System.getenv(MYSQL_URL_ENV);
                if (url == null || url.isBlank()) {
                    String message = MYSQL_URL_ENV + " is not set: MariaDB/MySQL storage tests need a server"
                            + " (see MARIADB-TEST-SETUP.md)";
                    if ("true".equals(System.getenv("CI"))) {
                        Assertions.fail(message);
                    }
                    if (SKIP_REPORTED.compareAndSet(false, true)) {
                        // Surefire lists skipped tests without their reason: say it once on the console.
                        System.getLogger(TestBackend.class.getName()).log(System.Logger.Level.WARNING,
                                "Skipping the MariaDB/MySQL storage tests: " + message);
                    }
                    Assumptions.abort(message);
                }
                // Our own generated name, so it is safe in DDL, which cannot take parameters.
                String name = "bl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                execute(url, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                return new StorageConfig(temporaryHome(), withDatabase(url, name), System.getenv(MYSQL_USER_ENV),
                        System.getenv(MYSQL_PASSWORD_ENV));
            }

            @Override
            public void discard(StorageConfig config) {
                String name = databaseOf(config.dbUrl());
                execute(System.getenv(MYSQL_URL_ENV), "DROP DATABASE IF EXISTS " + name);
                deleteTree(config.home());
            }
        };
    }

    private static void execute(String url, String ddl) {
        MysqlDataSource admin = new MysqlDataSource();
        admin.setURL(url);
        admin.setUser(System.getenv(MYSQL_USER_ENV));
        admin.setPassword(System.getenv(MYSQL_PASSWORD_ENV));
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + ddl + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    Pattern MYSQL_URL = Pattern.compile("^(jdbc:mysql://[^/?]+)(?:/([^?]*))?(\\?.*)?$");

    private static String withDatabase(String url, String database) {
        Matcher m = matchUrl(url);
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static String databaseOf(String url) {
        return matchUrl(url).group(2);
    }

    private static Matcher matchUrl(String url) {
        Matcher m = MYSQL_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(MYSQL_URL_ENV + " must look like jdbc:mysql://host:port/database");
        }
        return m;
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("batterylab-storage-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
