package io.batterylab.storage;

import io.batterylab.core.workspace.WorkspaceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the {@link StorageConfig}. The workspace home is the one {@link WorkspaceLocation#resolve} finds
 * ({@value #HOME_PROPERTY}, {@value #HOME_ENV}, the Preferences' pointer file, {@code ~/.batterylab}). The database settings come from the optional
 * file {@code {home}/batterylab.properties} ({@code db.url}, {@code db.user}, {@code db.password}); the environment
 * variables {@value #URL_ENV}, {@value #USER_ENV} and {@value #PASSWORD_ENV} override the file. Without a URL the
 * embedded H2 database is used.
 */
public final class StorageConfigLoader {
    public static final String HOME_PROPERTY = WorkspaceLocation.HOME_PROPERTY;
    public static final String HOME_ENV = WorkspaceLocation.HOME_ENV;
    public static final String URL_ENV = "BATTERYLAB_DB_URL";
    public static final String USER_ENV = "BATTERYLAB_DB_USER";
    public static final String PASSWORD_ENV = "BATTERYLAB_DB_PASSWORD";
    public static final String PROPERTIES_FILE = "batterylab.properties";

    private StorageConfigLoader() {
    }

    /** From this JVM's system properties and environment. */
    public static StorageConfig load() {
        return load(System.getProperties(), System.getenv());
    }

    public static StorageConfig load(Properties systemProperties, Map<String, String> environment) {
        return load(WorkspaceLocation.resolve(systemProperties, environment), environment);
    }

    /** For the workspace already resolved; {@code environment} gives the database variables. */
    public static StorageConfig load(WorkspaceLocation workspace, Map<String, String> environment) {
        Path home = workspace.folder();
        Properties file = readPropertiesFile(home.resolve(PROPERTIES_FILE));
        return new StorageConfig(home,
                firstSet(environment.get(URL_ENV), file.getProperty("db.url")),
                firstSet(environment.get(USER_ENV), file.getProperty("db.user")),
                firstSet(environment.get(PASSWORD_ENV), file.getProperty("db.password")));
    }

    private static Properties readPropertiesFile(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return properties;
    }

    /** An empty value counts as not set, so that {@code BATTERYLAB_DB_URL=} falls back to the file. */
    private static String firstSet(String preferred, String fallback) {
        return preferred != null && !preferred.isEmpty() ? preferred : fallback;
    }
}
