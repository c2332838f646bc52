package io.batterylab.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where BatteryLab keeps its database and files.
 *
 * @param home the workspace directory; holds {@code db/} (embedded database) and {@code data/} (user files)
 * @param dbUrl JDBC URL of an external MySQL/MariaDB (or H2) database, null for the embedded default
 * @param dbUser database user, null when the URL needs none
 * @param dbPassword database password, null when none; never printed
 */
public record StorageConfig(Path home, String dbUrl, String dbUser, String dbPassword) {
    /** Options that keep one set of migration scripts valid on both H2 and MySQL/MariaDB. */
    static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    public StorageConfig {
        Objects.requireNonNull(home, "home");
        home = home.toAbsolutePath().normalize();
        dbUrl = blankToNull(dbUrl);
        dbUser = blankToNull(dbUser);
        // A password is taken as given: spaces may be part of it.
        dbPassword = dbPassword == null || dbPassword.isEmpty() ? null : dbPassword;
    }

    /** The zero-setup configuration: an H2 file database under {@code home}. */
    public static StorageConfig embedded(Path home) {
        return new StorageConfig(home, null, null, null);
    }

    public boolean embedded() {
        return dbUrl == null;
    }

    /** The URL actually used: the configured one or the embedded H2 file database {@code {home}/db/batterylab}. */
    public String jdbcUrl() {
        if (dbUrl != null) {
            return dbUrl;
        }
        String path = databaseDirectory().resolve("batterylab").toString().replace('\\', '/');
        if (path.indexOf(';') >= 0) {
            // H2 reads ';' as the start of its URL options, so such a path cannot be expressed.
            throw new IllegalStateException("The workspace path must not contain ';': " + home);
        }
        return "jdbc:h2:file:" + path + H2_OPTIONS;
    }

    public Path databaseDirectory() {
        return home.resolve("db");
    }

    /** Root of the per-user files: {@code {home}/data}. */
    public Path dataDirectory() {
        return home.resolve("data");
    }

    /** {@code data/{userId}}: named by id only, never by user name. */
    public Path userDirectory(long userId) {
        return dataDirectory().resolve(Long.toString(requireId("user id", userId)));
    }

    /** {@code data/{userId}/uploads/{uploadId}}. */
    public Path uploadDirectory(long userId, long uploadId) {
        return userSubdirectory(userId, "uploads", uploadId, "upload id");
    }

    /** {@code data/{userId}/models/{modelVersionId}}. */
    public Path modelDirectory(long userId, long modelVersionId) {
        return userSubdirectory(userId, "models", modelVersionId, "model version id");
    }

    /** {@code data/{userId}/exports/{testJobId}}. */
    public Path exportDirectory(long userId, long testJobId) {
        return userSubdirectory(userId, "exports", testJobId, "test job id");
    }

    private Path userSubdirectory(long userId, String kind, long id, String what) {
        return userDirectory(userId).resolve(kind).resolve(Long.toString(requireId(what, id)));
    }

    private static long requireId(String what, long id) {
        if (id < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + id);
        }
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Never shows the password, so the configuration can be logged. */
    @Override
    public String toString() {
        String url = embedded() ? "embedded H2" : redacted(dbUrl);
        return "StorageConfig[home=" + home + ", jdbcUrl=" + url + ", user=" + dbUser
                + ", password=" + (dbPassword == null ? "none" : "***") + "]";
    }

    /** A URL may carry a password as a parameter: never show it. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
