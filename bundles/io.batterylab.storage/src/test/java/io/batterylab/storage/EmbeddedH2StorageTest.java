package io.batterylab.storage;

import org.junit.jupiter.api.Nested;

/**
 * The storage contract on the embedded H2 file database, always run.
 */
class EmbeddedH2StorageTest {
    private static final TestBackend BACKEND = TestBackend.h2();

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
