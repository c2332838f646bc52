package io.batterylab.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class BundledMigrationsTest {

    @Test
    void givenTheMigrationFolder_thenEveryScriptInItIsListedAndEveryListedScriptIsInIt()
            throws IOException, URISyntaxException {
        Path folder = Path.of(BundledMigrations.class.getResource("/" + BundledMigrations.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(onDisk, BundledMigrations.SCRIPTS.stream().sorted().toList());
        }
    }

    @Test
    void givenFlywayAsksForVersionedSqlScripts_thenItGetsTheListedOnesWithTheirText() throws IOException {
        List<LoadableResource> found = List.copyOf(new BundledMigrations().getResources("V", new String[] {".sql"}));

        assertEquals(List.of("V1__schema.sql", "V2__revoked_tokens.sql", "V3__training.sql", "V4__training_recovery.sql",
                "V6__test_jobs.sql", "V7__exports.sql", "V8__monitoring.sql", "V9__monitor_sample_blocks.sql"),
                found.stream().map(LoadableResource::getFilename).toList());
        assertEquals("db/migration/V1__schema.sql", found.get(0).getRelativePath());
        try (BufferedReader reader = new BufferedReader(found.get(0).read())) {
            assertTrue(reader.readLine().startsWith("-- BatteryLab schema"));
        }
        assertTrue(new BundledMigrations().getResources("R", new String[] {".sql"}).isEmpty());
        assertNull(new BundledMigrations().getResource("db/migration/V99__nothing.sql"));
    }

    @Test
    void givenListedScriptMissingFromTheBundle_whenLoading_thenTheMessageNamesIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BundledMigrations(List.of("V99__missing.sql")));

        assertEquals("Migration script missing from the bundle: db/migration/V99__missing.sql", e.getMessage());
    }
}
