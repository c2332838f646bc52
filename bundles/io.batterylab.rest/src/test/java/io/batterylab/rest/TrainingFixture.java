package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.jobs.TestJobs;
import io.batterylab.jobs.TrainingJobs;
import io.batterylab.jobs.TrainingWorker;
import io.batterylab.registry.DynamicRegistry;
import io.batterylab.storage.JdbcBatteryService;
import io.batterylab.storage.JdbcTestJobStore;
import io.batterylab.storage.JdbcTrainingStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The REST server over the real training service (jobs in the fixture's H2 database, model files in its workspace,
 * a worker thread in this process unless a test asks for none) with the example ridge algorithm installed: a real
 * training run takes well under a second.
 */
abstract class TrainingFixture extends RestFixture {
    static final String RIDGE = "example.ridge";
    private TrainingJobs jobs;
    private TestJobs tests;
    private Registry algorithms;

    /** The worker that runs the queue; null for a server that only queues (jobs stay pending). */
    TrainingWorker.Settings worker() {
        return TrainingWorker.Settings.defaults(true);
    }

    @Override
    TrainingServices training() throws Exception {
        if (jobs == null) {
            algorithms = new Registry();
            algorithms.add((Algorithm) Class.forName("com.example.batterylab.algorithm.ridge.RidgeAlgorithm")
                    .getDeclaredConstructor().newInstance());
            jobs = new TrainingJobs(new JdbcTrainingStore(database.dataSource()), database.config(),
                    new JdbcBatteryService(database.dataSource()), algorithms, worker());
            tests = new TestJobs(new JdbcTestJobStore(database.dataSource()), new JdbcBatteryService(database.dataSource()),
                    jobs.modelVersions(), algorithms, null, worker());
        }
        TestJobs testJobs = tests;
        return TrainingServices.of(algorithms, jobs, jobs.modelVersions()).withTestJobs(() -> testJobs);
    }

    @AfterEach
    void closeTraining() {
        if (tests != null) {
            tests.close();
        }
        if (jobs != null) {
            jobs.close();
        }
    }

    /** Uploads cells named {@code <prefix>A} and {@code <prefix>B} of 100 cycles each; returns their ids by name. */
    Map<String, Long> uploadTwoCells(String token, String prefix) throws Exception {
        String a = new String(csv(prefix + "A", 100), StandardCharsets.UTF_8);
        String b = new String(csv(prefix + "B", 100), StandardCharsets.UTF_8);
        String both = a + b.substring(b.indexOf('\n') + 1);
        assertEquals(201, upload(token, "cells.csv", both.getBytes(StandardCharsets.UTF_8)).statusCode());
        Map<String, Long> ids = new HashMap<>();
        json(get("/api/batteries", token)).get("items").forEach(c -> ids.put(c.get("name").asText(), c.get("id").asLong()));
        return ids;
    }

    static String ridgeSpec(Object train, Object validation, double lambda) {
        return "{\"name\":\"ridge\",\"target\":\"rul\",\"cells\":{\"train\":[" + train + "],\"validation\":[" + validation
                + "]},\"runs\":[{\"algorithm\":\"" + RIDGE + "\",\"features\":[\"ir\",\"t_avg\"],\"settings\":{\"lambda\":"
                + lambda + "}}]}";
    }

    /** Submits a job and returns its id. */
    long submit(String token, String spec) throws Exception {
        var response = postJson("/api/training-jobs", token, spec);
        assertEquals(201, response.statusCode(), response.body());
        return json(response).get("id").asLong();
    }

    /** Waits up to 30 s for the job to reach the status; returns the job. */
    JsonNode awaitStatus(String token, long jobId, String status) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode job = json(get("/api/training-jobs/" + jobId, token));
            if (status.equals(job.path("status").asText())) {
                return job;
            }
            assertTrue(System.nanoTime() < deadline, "job " + jobId + " " + status + " within 30 s: " + job);
            Thread.sleep(100);
        }
    }

    private static final class Registry extends DynamicRegistry<Algorithm> implements AlgorithmRegistry {
        Registry() {
            super("algorithm");
        }
    }
}
