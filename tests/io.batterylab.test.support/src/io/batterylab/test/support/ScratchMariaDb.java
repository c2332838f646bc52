package io.batterylab.test.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A throw-away database on the MariaDB server of {@value #URL_ENV} (user and password from
 * {@code BATTERYLAB_TEST_MYSQL_USER} and {@code BATTERYLAB_TEST_MYSQL_PASSWORD}), for benchmarks that compare the
 * embedded database with MariaDB: created empty, dropped on close.
 */
public final class ScratchMariaDb implements AutoCloseable {
    public static final String URL_ENV = "BATTERYLAB_TEST_MYSQL_URL";
    private final String serverUrl;
    private final String name;

    private ScratchMariaDb(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** A new empty database; empty when {@value #URL_ENV} is not set. */
    public static Optional<ScratchMariaDb> create() throws SQLException {
        String url = System.getenv(URL_ENV);
        if (url == null) {
            return Optional.empty();
        }
        ScratchMariaDb db = new ScratchMariaDb(url, "bl_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        db.execute("CREATE DATABASE " + db.name + " CHARACTER SET utf8mb4");
        return Optional.of(db);
    }

    /** The JDBC URL of this database: the server's URL with its database name replaced. */
    public String url() {
        return serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    public String user() {
        return System.getenv("BATTERYLAB_TEST_MYSQL_USER");
    }

    public String password() {
        return System.getenv("BATTERYLAB_TEST_MYSQL_PASSWORD");
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private void execute(String sql) throws SQLException {
        var source = new com.mysql.cj.jdbc.MysqlDataSource();
        source.setUrl(serverUrl);
        source.setUser(user());
        source.setPassword(password());
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
