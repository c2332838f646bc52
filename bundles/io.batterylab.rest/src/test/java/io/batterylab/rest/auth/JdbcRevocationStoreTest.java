package io.batterylab.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.User;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revoked tokens in the V2 table, on the embedded H2 database and on MariaDB/MySQL. */
class JdbcRevocationStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    abstract static class Contract {
        Database database;
        long userId;

        abstract StorageConfig config();

        JdbcRevocationStore store(Instant now) {
            if (database == null) {
                database = Database.open(config());
                User user = new JdbcUserService(database.dataSource(), new PasswordHasher(4))
                        .register("owner", "long enough password".toCharArray());
                userId = user.id();
            }
            return new JdbcRevocationStore(database.dataSource(), Clock.fixed(now, ZoneOffset.UTC));
        }

        @AfterEach
        void close() {
            if (database != null) {
                database.close();
            }
        }

        @Test
        void givenRevokedToken_thenItIsRevokedAndOthersAreNot_andRevokingTwiceIsHarmless() {
            JdbcRevocationStore store = store(NOW);

            store.revoke("token-a", userId, NOW.plus(Duration.ofHours(1)));
            store.revoke("token-a", userId, NOW.plus(Duration.ofHours(1)));

            assertTrue(store.isRevoked("token-a"));
            assertFalse(store.isRevoked("token-b"));
            assertEquals(1, store.size());
        }

        @Test
        void givenRowsOfExpiredTokens_whenAnotherIsRevoked_thenTheExpiredOnesArePurgedAndLiveOnesKept() {
            store(NOW).revoke("short", userId, NOW.plusSeconds(30));
            store(NOW).revoke("long", userId, NOW.plus(Duration.ofHours(2)));

            JdbcRevocationStore later = store(NOW.plus(Duration.ofHours(1)));
            later.revoke("new", userId, NOW.plus(Duration.ofHours(3)));

            assertFalse(later.isRevoked("short"), "expired anyway, no longer stored");
            assertTrue(later.isRevoked("long"));
            assertTrue(later.isRevoked("new"));
            assertEquals(2, later.size());
        }
    }

    @Nested
    class EmbeddedH2 extends Contract {
        @TempDir
        Path home;

        @Override
        StorageConfig config() {
            return StorageConfig.embedded(home);
        }
    }

    @Nested
    class MariaDb extends Contract {
        @TempDir
        Path home;
        private String url;
        private String name;

        @Override
        StorageConfig config() {
            url = System.getenv("BATTERYLAB_TEST_MYSQL_URL");
            if (url == null || url.isBlank()) {
                String message = "BATTERYLAB_TEST_MYSQL_URL is not set: the MariaDB revocation tests need a server";
                if ("true".equals(System.getenv("CI"))) {
                    Assertions.fail(message);
                }
                Assumptions.abort(message);
            }
            name = "bl_rest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
            int slash = url.lastIndexOf('/');
            return new StorageConfig(home, url.substring(0, slash + 1) + name, System.getenv("BATTERYLAB_TEST_MYSQL_USER"),
                    System.getenv("BATTERYLAB_TEST_MYSQL_PASSWORD"));
        }

        @AfterEach
        void dropDatabase() {
            if (name != null) {
                close();
                database = null;
                execute("DROP DATABASE IF EXISTS " + name);
            }
        }

        private void execute(String sql) {
            try (Connection c = DriverManager.getConnection(url, System.getenv("BATTERYLAB_TEST_MYSQL_USER"),
                    System.getenv("BATTERYLAB_TEST_MYSQL_PASSWORD")); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
