package io.batterylab.storage;

import org.junit.jupiter.api.Nested;

/**
 * The storage contract on a real MariaDB/MySQL server from {@code BATTERYLAB_TEST_MYSQL_URL}; skipped without
 * it, failing on CI (CI=true) without it.
 */
class MariaDbStorageTest {
    private static final TestBackend BACKEND = TestBackend.mariaDb();

    @Nested
    class Migrations extends MigrationContract {
        @Override
        protected TestBackend backend() {
            return BACKEND;
        }
    }

    @Nested
    class Users extends UserServiceContract {
        @Override
        protected TestBackend backend() {
            return BACKEND;
        }
    }

    @Nested
    class Reading extends BatteryServiceContract {
        @Override
        protected TestBackend backend() {
            return BACKEND;
        }
    }

    @Nested
    class Writing extends BatteryStoreContract {
        @Override
        protected TestBackend backend() {
            return BACKEND;
        }
    }

    @Nested
    class Training extends TrainingStoreContract {
        @Override
        protected TestBackend backend() {
            return BACKEND;
        }
    }

    @Nested
    class TestJobs extends TestJobStoreContract {
        @Override
        protected TestBackend backend() {
            return BACKEND;
        }
    }
}
