package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path home;

    @Test
    void givenFreshWorkspace_whenOpeningTheEmbeddedDatabase_thenItsFileIsUnderDb() {
        try (Database database = Database.open(StorageConfig.embedded(home))) {
            assertTrue(database.config().embedded());
            assertTrue(Files.exists(home.resolve("db/batterylab.mv.db")));
            assertTrue(Files.isDirectory(home.resolve("data")));
        }
    }

    @Test
    void givenUnreachableServer_whenOpening_thenStorageExceptionThatDoesNotShowThePassword() {
        // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
        StorageConfig config = new StorageConfig(home, "jdbc:mysql://127.0.0.1:1/lab", "lab", "hunter2");

        StorageException e = assertThrows(StorageException.class, () -> Database.open(config));

        assertTrue(e.getMessage().startsWith("Cannot connect to the database"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }
}
