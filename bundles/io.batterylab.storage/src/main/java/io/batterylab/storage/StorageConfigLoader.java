package io.batterylab.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the {@link StorageConfig}. The workspace home is the system property {@value #HOME_PROPERTY}, else the
 * environment variable {@value #HOME_ENV}, else {@code ~/.batterylab}. The database settings come from the optional
 * file {@code {home}/batterylab.properties} ({@code db.url}, {@code db.user}, {@code db.password}); the environment
 * variables {@value #URL_ENV}, {@value #USER_ENV} and {@value #PASSWORD_ENV} override the file. Without a URL the
 * embedded H2 database is used.
 */
public final class StorageConfigLoader {
    public static final String HOME_PROPERTY = "batterylab.home";
    public static final String HOME_ENV = "BATTERYLAB_HOME";
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
        Path home = home(systemProperties, environment);
        Properties file = readPropertiesFile(home.resolve(PROPERTIES_FILE));
        return new StorageConfig(home,
                firstSet(environment.get(URL_ENV), file.getProperty("db.url")),
                firstSet(environment.get(USER_ENV), file.getProperty("db.user")),
                firstSet(environment.get(PASSWORD_ENV), file.getProperty("db.password")));
    }

    private static Path home(Properties systemProperties, Map<String, String> environment) {
        String home = firstSet(systemProperties.getProperty(HOME_PROPERTY), environment.get(HOME_ENV));
        if (home != null) {
            return Path.of(home.trim());
        }
        return Path.of(systemProperties.getProperty("user.home"), ".batterylab");
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
