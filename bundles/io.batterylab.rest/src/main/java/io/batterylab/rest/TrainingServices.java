package io.batterylab.rest;

import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.rest.http.ApiException;
import java.util.function.Supplier;

/**
 * The training services the API serves when they are installed. They come and go with their bundles (a REST front
 * end may run without training), so each is looked up per request; a route over a missing one answers 503 with what
 * is missing, never a NullPointerException.
 */
public final class TrainingServices {
    private final Supplier<AlgorithmRegistry> algorithms;
    private final Supplier<TrainingJobService> jobs;
    private final Supplier<ModelVersionService> versions;
    private final Supplier<TestJobService> tests;

    public TrainingServices(Supplier<AlgorithmRegistry> algorithms, Supplier<TrainingJobService> jobs,
            Supplier<ModelVersionService> versions) {
        this(algorithms, jobs, versions, () -> null);
    }

    private TrainingServices(Supplier<AlgorithmRegistry> algorithms, Supplier<TrainingJobService> jobs,
            Supplier<ModelVersionService> versions, Supplier<TestJobService> tests) {
        this.algorithms = algorithms;
        this.jobs = jobs;
        this.versions = versions;
        this.tests = tests;
    }

    /** The same services and the test-job service, looked up per request like the others. */
    public TrainingServices withTestJobs(Supplier<TestJobService> testJobs) {
        return new TrainingServices(algorithms, jobs, versions, testJobs);
    }

    /** Fixed instances; any may be null for "not installed". */
    public static TrainingServices of(AlgorithmRegistry algorithms, TrainingJobService jobs, ModelVersionService versions) {
        return new TrainingServices(() -> algorithms, () -> jobs, () -> versions);
    }

    public static TrainingServices none() {
        return of(null, null, null);
    }

    /** @throws ApiException 503 when no algorithm registry is installed */
    public AlgorithmRegistry algorithms() {
        return require(algorithms.get(), "the algorithm registry");
    }

    /** @throws ApiException 503 when the training-job service is not installed */
    public TrainingJobService jobs() {
        return require(jobs.get(), "the training-job service");
    }

    /** @throws ApiException 503 when the model-version service is not installed */
    public ModelVersionService versions() {
        return require(versions.get(), "the model-version service");
    }

    /** @throws ApiException 503 when the test-job service is not installed */
    public TestJobService tests() {
        return require(tests.get(), "the test-job service");
    }

    private static <T> T require(T service, String what) {
        if (service == null) {
            throw new ApiException(503, "service_unavailable",
                    "training is not available on this server: " + what + " is not installed or not started");
        }
        return service;
    }
}
