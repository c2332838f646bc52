package io.batterylab.jobs;

import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcTrainingStore;
import io.batterylab.storage.StorageConfig;
import java.nio.file.Path;

/**
 * A training worker process for {@link WorkerFaultsTest}: this bundle's real {@link TrainingJobs} with its
 * {@link TrainingWorker}, over the real storage (Hikari pool, Flyway, {@link JdbcTrainingStore}) on the database
 * given as arguments, with {@link TestCells} and {@link MeanAlgorithm} in place of the platform's services. The
 * heartbeat comes from the same system properties the product reads. Prints {@code ready <worker id>}, then works
 * the queue until its standard input closes (so it never outlives the test that started it).
 *
 * <p>Arguments: workspace home, JDBC URL, database user, password, alice's user id, bob's user id.
 */
final class WorkerMain {
    static final String READY = "ready ";

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        StorageConfig config = new StorageConfig(Path.of(args[0]), args[1], args[2], args[3]);
        try (Database database = Database.open(config);
                TrainingJobs jobs = new TrainingJobs(new JdbcTrainingStore(database.dataSource()), config,
                        new TestCells(Long.parseLong(args[4]), Long.parseLong(args[5])), new TestAlgorithms(),
                        TrainingWorker.Settings.configured(1, false, System.getProperties()))) {
            System.out.println(READY + jobs.workerId().orElseThrow());
            System.out.flush();
            while (System.in.read() >= 0) {
                // work until the test closes our standard input
            }
        }
    }
}
