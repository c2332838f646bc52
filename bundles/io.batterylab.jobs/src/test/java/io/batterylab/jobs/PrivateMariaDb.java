package io.batterylab.jobs;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A MariaDB server of the test's own: its own data directory, loopback port and socket, started from the installed
 * {@code mariadbd}, so that a test can stop and start it like an operator restarting the database without disturbing
 * the shared server other suites use. Without MariaDB installed the test is skipped with a message, or fails when
 * {@code CI=true} ({@code .ci/run} installs it).
 */
final class PrivateMariaDb implements AutoCloseable {
    static final String USER = "batterylab";
    static final String PASSWORD = "batterylab";
    private static final String[] SEARCH = {"/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"};

    private final Path server;
    private final Path directory;
    private final int port;
    private Process process;

    private PrivateMariaDb(Path server, Path directory, int port) {
        this.server = server;
        this.directory = directory;
        this.port = port;
    }

    /** Creates a data directory under {@code directory} and starts the server on a free port. */
    static PrivateMariaDb startOrSkip(Path directory) throws IOException, InterruptedException {
        Optional<Path> server = executable("mariadbd", "mysqld");
        Optional<Path> install = executable("mariadb-install-db", "mysql_install_db");
        if (server.isEmpty() || install.isEmpty()) {
            String message = "mariadbd / mariadb-install-db not found: the worker fault tests need a MariaDB server"
                    + " installation (apt-get install mariadb-server, as .ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            System.getLogger(PrivateMariaDb.class.getName()).log(System.Logger.Level.WARNING, "Skipping: " + message);
            Assumptions.abort(message);
        }
        run(List.of(install.get().toString(), "--no-defaults", "--datadir=" + directory.resolve("data"),
                "--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal",
                "--skip-test-db"), directory.resolve("install.log"));
        Files.writeString(directory.resolve("init.sql"), "CREATE DATABASE IF NOT EXISTS batterylab CHARACTER SET utf8mb4;\n"
                + "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1';\n");
        PrivateMariaDb db = new PrivateMariaDb(server.get(), directory, freePort());
        db.start();
        return db;
    }

    /** {@code jdbc:mysql://127.0.0.1:port/name}: a database on this server. */
    String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Starts the server on its data directory and port, and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(server.toString(), "--no-defaults",
                "--datadir=" + directory.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + directory.resolve("mysqld.sock"), "--pid-file=" + directory.resolve("mysqld.pid"),
                "--user=" + System.getProperty("user.name"), "--skip-log-bin", "--skip-name-resolve",
                "--innodb-buffer-pool-size=32M", "--init-file=" + directory.resolve("init.sql")));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile())).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Connection c = connect()) {
                return;
            } catch (SQLException e) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IOException("MariaDB did not start on port " + port + ": " + e.getMessage() + "\n"
                            + tail(directory.resolve("server.log")));
                }
                Thread.sleep(200);
            }
        }
    }

    /** Shuts the server down (SIGTERM, as {@code service mariadb stop} does) and waits until it is gone. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url("batterylab"), USER, PASSWORD);
    }

    private static Optional<Path> executable(String... names) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of(SEARCH));
        return Stream.of(names).flatMap(n -> dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, n)))
                .filter(Files::isExecutable).findFirst();
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed:\n" + tail(log));
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
