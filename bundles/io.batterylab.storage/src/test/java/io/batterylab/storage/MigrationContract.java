package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.User;
import io.batterylab.storage.internal.BundledMigrations;
import io.batterylab.storage.internal.SchemaMigrator;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/** Versioned migrations on an empty and on an existing database. */
abstract class MigrationContract extends StorageFixture {

    @Test
    void givenEmptyDatabase_whenOpened_thenEveryScriptIsAppliedAndEveryTableIsThere() {
        MigrationInfo[] applied = SchemaMigrator.configure(database.dataSource()).load().info().applied();

        assertEquals(BundledMigrations.SCRIPTS.size(), applied.length);
        assertEquals("1", applied[0].getVersion().getVersion());
        for (String table : new String[] {"users", "uploads", "batteries", "cycles", "app_state", "revoked_tokens",
                "training_jobs", "training_runs", "training_epochs", "training_log", "model_versions"}) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table), table);
        }
    }

    @Test
    void givenMigratedDatabaseWithData_whenReopened_thenNothingIsAppliedAgainAndDataSurvives() {
        User alice = newUser("alice");
        database.close();

        database = Database.open(config);

        assertEquals(0, SchemaMigrator.migrate(database.dataSource()));
        assertEquals(alice, new JdbcUserService(database.dataSource(), FAST_HASHER).find(alice.id()).orElseThrow());
        assertTrue(SchemaMigrator.configure(database.dataSource()).load().validateWithResult().validationSuccessful);
    }

    @Test
    void givenEmbeddedOrExternalDatabase_whenOpened_thenTheWorkspaceDataDirectoryExists() {
        assertTrue(java.nio.file.Files.isDirectory(config.dataDirectory()));
    }
}
