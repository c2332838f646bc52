package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.workspace.WorkspacePointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageConfigLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void givenNothingConfigured_whenLoading_thenHomeIsDotBatterylabUnderUserHomeAndTheDatabaseIsEmbedded() {
        StorageConfig config = StorageConfigLoader.load(userHome(tmp), Map.of());

        assertEquals(tmp.resolve(".batterylab"), config.home());
        assertTrue(config.embedded());
        assertEquals("jdbc:h2:file:" + tmp.resolve(".batterylab/db/batterylab").toString().replace('\\', '/')
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE", config.jdbcUrl());
    }

    @Test
    void givenSystemPropertyAndEnvironment_whenLoading_thenTheSystemPropertyNamesTheHome() {
        Properties system = userHome(tmp);
        system.setProperty("batterylab.home", tmp.resolve("from-property").toString());

        assertEquals(tmp.resolve("from-property"),
                StorageConfigLoader.load(system, Map.of("BATTERYLAB_HOME", tmp.resolve("from-env").toString())).home());
        assertEquals(tmp.resolve("from-env"), StorageConfigLoader
                .load(userHome(tmp), Map.of("BATTERYLAB_HOME", tmp.resolve("from-env").toString())).home());
    }

    @Test
    void givenAPointerFileFromPreferences_whenLoading_thenItNamesTheHomeUnlessTheEnvironmentDoes() throws IOException {
        WorkspacePointer.write(tmp.resolve(".config/batterylab/workspace.location"), tmp.resolve("chosen"));

        assertEquals(tmp.resolve("chosen"), StorageConfigLoader.load(userHome(tmp), Map.of()).home());
        assertEquals(tmp.resolve("from-env"), StorageConfigLoader
                .load(userHome(tmp), Map.of("BATTERYLAB_HOME", tmp.resolve("from-env").toString())).home());
    }

    @Test
    void givenPropertiesFile_whenLoading_thenItsDatabaseSettingsAreUsed() throws IOException {
        Files.writeString(tmp.resolve("batterylab.properties"),
                "db.url=jdbc:mysql://db.example:3306/lab\ndb.user=lab\ndb.password=file secret\n");

        StorageConfig config = StorageConfigLoader.load(home(tmp), Map.of());

        assertFalse(config.embedded());
        assertEquals("jdbc:mysql://db.example:3306/lab", config.jdbcUrl());
        assertEquals("lab", config.dbUser());
        assertEquals("file secret", config.dbPassword());
    }

    @Test
    void givenPropertiesFileAndEnvironment_whenLoading_thenTheEnvironmentWinsAndEmptyVariablesDoNot()
            throws IOException {
        Files.writeString(tmp.resolve("batterylab.properties"),
                "db.url=jdbc:mysql://file:3306/lab\ndb.user=file-user\ndb.password=file-secret\n");

        StorageConfig config = StorageConfigLoader.load(home(tmp), Map.of("BATTERYLAB_DB_URL",
                "jdbc:mysql://env:3306/lab", "BATTERYLAB_DB_USER", "", "BATTERYLAB_DB_PASSWORD", "env-secret"));

        assertEquals("jdbc:mysql://env:3306/lab", config.dbUrl());
        assertEquals("file-user", config.dbUser());
        assertEquals("env-secret", config.dbPassword());
    }

    @Test
    void givenPassword_whenPrinted_thenItDoesNotShowInFieldOrUrl() {
        String text = new StorageConfig(tmp, "jdbc:mysql://h/db?user=u&password=hunter2", "u", "s3cret").toString();

        assertFalse(text.contains("hunter2"), text);
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("password=***"), text);
    }

    @Test
    void givenBlankUrl_whenConstructing_thenEmbedded() {
        StorageConfig config = new StorageConfig(tmp, "  ", null, "");

        assertTrue(config.embedded());
        assertNull(config.dbPassword());
    }

    private static Properties userHome(Path dir) {
        Properties p = new Properties();
        p.setProperty("user.home", dir.toString());
        return p;
    }

    private static Properties home(Path dir) {
        Properties p = userHome(dir.resolve("unused"));
        p.setProperty("batterylab.home", dir.toString());
        return p;
    }
}
