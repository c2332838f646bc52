package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.User;
import io.batterylab.core.service.RegistrationException;
import io.batterylab.storage.internal.BundledMigrations;
import io.batterylab.storage.internal.SchemaMigrator;
import io.batterylab.storage.internal.VendorDataSources;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/** Versioned migrations on an empty and on an existing database. */
abstract class MigrationContract extends StorageFixture {

    @Test
    void givenEmptyDatabase_whenOpened_thenEveryScriptIsAppliedAndEveryTableIsThere() {
        MigrationInfo[] applied = SchemaMigrator.configure(database.dataSource()).load().info().applied();

        assertEquals(BundledMigrations.SCRIPTS.size() + SchemaMigrator.JAVA_MIGRATIONS.size(), applied.length);
        assertEquals("1", applied[0].getVersion().getVersion());
        for (String table : new String[] {"users", "uploads", "batteries", "cycles", "app_state", "revoked_tokens",
                "training_jobs", "training_runs", "training_epochs", "training_log", "model_versions", "test_jobs", "test_metrics",
                "test_details"}) {
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
    void givenUsersStoredBeforeNameKeys_whenMigrated_thenEachFindsTheirAccountByAnySpellingOfTheirName()
            throws Exception {
        StorageConfig old = backend().freshDatabase();
        try {
            Files.createDirectories(old.databaseDirectory());
            DataSource plain = VendorDataSources.create(old);
            SchemaMigrator.configure(plain).target("4").load().migrate();
            String hash = FAST_HASHER.hash("correct horse".toCharArray());
            // As the old rules stored them: NFC, unique by lower case only; ｂｏｂ (full width) and BOB now clash.
            long alice = insertUser(plain, "Alice", hash);
            long fullWidthBob = insertUser(plain, "ｂｏｂ", hash);
            long upperBob = insertUser(plain, "BOB", hash);

            try (Database migrated = Database.open(old)) {
                JdbcUserService oldUsers = new JdbcUserService(migrated.dataSource(), FAST_HASHER);
                assertEquals(alice, oldUsers.login("ALICE", "correct horse".toCharArray()).id());
                assertEquals(fullWidthBob, oldUsers.login("bob", "correct horse".toCharArray()).id(), "the older");
                assertEquals(upperBob, oldUsers.login("bob#" + upperBob, "correct horse".toCharArray()).id());
                assertEquals("BOB", oldUsers.find(upperBob).orElseThrow().username(), "names are kept as stored");
                assertThrows(RegistrationException.class,
                        () -> oldUsers.register("a1ice", "correct horse".toCharArray()), "skeletons were filled");
                assertThrows(SQLException.class, () -> insertUser(migrated.dataSource(), "ALICE", hash),
                        "the key is NOT NULL and unique");
            }
        } finally {
            backend().discard(old);
        }
    }

    private static long insertUser(DataSource dataSource, String name, String hash) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, hash);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Test
    void givenEmbeddedOrExternalDatabase_whenOpened_thenTheWorkspaceDataDirectoryExists() {
        assertTrue(java.nio.file.Files.isDirectory(config.dataDirectory()));
    }
}
