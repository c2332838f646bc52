package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StorageConfigTest {
    private final Path home = Path.of("/srv/batterylab");
    private final StorageConfig config = StorageConfig.embedded(home);

    @Test
    void givenIds_whenAskingForUserPaths_thenTheyAreNamedByIdUnderData() {
        assertEquals(home.resolve("data"), config.dataDirectory());
        assertEquals(home.resolve("data/7"), config.userDirectory(7));
        assertEquals(home.resolve("data/7/uploads/42"), config.uploadDirectory(7, 42));
        assertEquals(home.resolve("data/7/models/3"), config.modelDirectory(7, 3));
        assertEquals(home.resolve("data/7/exports/9"), config.exportDirectory(7, 9));
    }

    @Test
    void givenNegativeId_whenAskingForAPath_thenRejectedNamingTheId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config.userDirectory(-1));
        assertEquals("user id must not be negative: -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.uploadDirectory(1, -5));
        assertThrows(IllegalArgumentException.class, () -> config.modelDirectory(1, -5));
        assertThrows(IllegalArgumentException.class, () -> config.exportDirectory(1, -5));
    }

    @Test
    void givenRelativeHome_thenItIsMadeAbsolute() {
        assertTrue(StorageConfig.embedded(Path.of("rel/../ws")).home().isAbsolute());
    }

    @Test
    void givenHomeWithSemicolon_whenAskingForTheEmbeddedUrl_thenRejectedBecauseH2CannotExpressIt() {
        StorageConfig odd = StorageConfig.embedded(Path.of("/tmp/a;b"));

        IllegalStateException e = assertThrows(IllegalStateException.class, odd::jdbcUrl);
        assertTrue(e.getMessage().contains("';'"), e.getMessage());
    }
}
