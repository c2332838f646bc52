package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelVersionFilesTest {
    @TempDir
    Path models;

    @Test
    void givenNoDirectoryOfTheNewId_whenPlaced_thenTheIncomingFilesAreThere() throws IOException {
        Path incoming = incoming("new model");

        Path placed = ModelVersionFiles.place(incoming, models.resolve("1"));

        assertEquals("new model", Files.readString(placed.resolve("model.txt")));
        assertFalse(Files.exists(incoming));
    }

    @Test
    void givenADirectoryLeftUnderTheNewId_whenPlaced_thenItIsMovedAsideNotDeletedAndTheNewModelTakesThePlace()
            throws IOException {
        Path left = Files.createDirectories(models.resolve("7"));
        Files.writeString(left.resolve("model.txt"), "model of a deleted database");
        Path incoming = incoming("new model");

        Path placed = ModelVersionFiles.place(incoming, models.resolve("7"));

        assertEquals("new model", Files.readString(placed.resolve("model.txt")));
        List<Path> aside;
        try (Stream<Path> entries = Files.list(models)) {
            aside = entries.filter(p -> p.getFileName().toString().startsWith(ModelVersionFiles.ORPHANED + "7-"))
                    .toList();
        }
        assertEquals(1, aside.size());
        assertEquals("model of a deleted database", Files.readString(aside.getFirst().resolve("model.txt")));
        assertTrue(Files.isDirectory(placed));
    }

    private Path incoming(String content) throws IOException {
        Path incoming = ModelVersionFiles.incoming(models, "run-1");
        Files.writeString(incoming.resolve("model.txt"), content);
        return incoming;
    }
}
