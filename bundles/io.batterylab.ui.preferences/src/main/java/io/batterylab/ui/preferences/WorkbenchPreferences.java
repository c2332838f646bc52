package io.batterylab.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * What the Preferences dialog edits, as stored in {@code {home}/batterylab.properties} under the keys the loaders
 * read ({@code StorageConfigLoader}: db.*, {@code RestConfigLoader}: rest.*, {@code TrainingResources}:
 * training.threads). The stored password is never part of this value: only whether there is one.
 *
 * @param dbUrl JDBC URL of a MySQL/MariaDB server; null for the embedded database
 * @param dbUser null for none
 * @param passwordStored whether the file holds a database password
 */
public record WorkbenchPreferences(String dbUrl, String dbUser, boolean passwordStored, int restPort,
        boolean restAutostart, int trainingThreads) {
    public static final String DB_URL = "db.url";
    public static final String DB_USER = "db.user";
    public static final String DB_PASSWORD = "db.password";
    public static final String REST_PORT = "rest.port";
    public static final String REST_AUTOSTART = "rest.autostart";
    public static final String TRAINING_THREADS = "training.threads";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_THREADS = 2;
    public static final int MAX_THREADS = 64;

    public WorkbenchPreferences {
        dbUrl = dbUrl == null || dbUrl.isBlank() ? null : dbUrl.strip();
        dbUser = dbUser == null || dbUser.isBlank() ? null : dbUser.strip();
        if (dbUrl != null && !dbUrl.startsWith("jdbc:mysql:")
                && !dbUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("Database URL: use jdbc:mysql://host:port/database (also for MariaDB),"
                    + " not '" + dbUrl.replaceAll("[?;].*", "") + "'");
        }
        if (restPort < 0 || restPort > 65535) {
            throw new IllegalArgumentException("REST port: 0 (any free port) to 65535, not " + restPort);
        }
        if (trainingThreads < 1 || trainingThreads > MAX_THREADS) {
            throw new IllegalArgumentException("Training threads: 1 to " + MAX_THREADS + ", not " + trainingThreads);
        }
    }

    public boolean embedded() {
        return dbUrl == null;
    }

    /** The stored values, defaults for what is not stored or not readable as a number. */
    public static WorkbenchPreferences of(Properties stored) {
        return new WorkbenchPreferences(stored.getProperty(DB_URL), stored.getProperty(DB_USER),
                stored.getProperty(DB_PASSWORD) != null && !stored.getProperty(DB_PASSWORD).isEmpty(),
                number(stored.getProperty(REST_PORT), DEFAULT_PORT, 0, 65535),
                Boolean.parseBoolean(stored.getProperty(REST_AUTOSTART, "false").strip()),
                number(stored.getProperty(TRAINING_THREADS), DEFAULT_THREADS, 1, MAX_THREADS));
    }

    private static int number(String text, int fallback, int min, int max) {
        try {
            int value = text == null ? fallback : Integer.parseInt(text.strip());
            return value < min || value > max ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Writes these values into the file, keeping everything else in it. The embedded database drops the db.* keys.
     *
     * @param password the new database password; {@link PasswordChange#keep()} leaves the stored one as it is
     */
    public void applyTo(PropertiesFile file, PasswordChange password) {
        if (embedded()) {
            List.of(DB_URL, DB_USER, DB_PASSWORD).forEach(file::remove);
        } else {
            file.set(DB_URL, dbUrl);
            setOrRemove(file, DB_USER, dbUser);
            password.applyTo(file, DB_PASSWORD);
        }
        file.set(REST_PORT, Integer.toString(restPort));
        file.set(REST_AUTOSTART, Boolean.toString(restAutostart));
        file.set(TRAINING_THREADS, Integer.toString(trainingThreads));
    }

    private static void setOrRemove(PropertiesFile file, String key, String value) {
        if (value == null) {
            file.remove(key);
        } else {
            file.set(key, value);
        }
    }

    /** What differs from the earlier values, each read only at start: the names of the settings, for the user. */
    public List<String> changedSince(WorkbenchPreferences before, PasswordChange password) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(dbUrl, before.dbUrl) || !Objects.equals(dbUser, before.dbUser) || password.changes()) {
            changed.add("database");
        }
        if (restPort != before.restPort || restAutostart != before.restAutostart) {
            changed.add("REST server");
        }
        if (trainingThreads != before.trainingThreads) {
            changed.add("training threads");
        }
        return changed;
    }

    /** "embedded" or the server part of the URL, for messages. */
    public String databaseLabel() {
        return embedded() ? "embedded" : dbUrl.toLowerCase(Locale.ROOT).replaceAll("[?;].*", "");
    }
}
