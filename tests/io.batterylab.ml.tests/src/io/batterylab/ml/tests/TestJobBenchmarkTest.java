package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.User;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UserService;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.test.support.Services;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a test job of one Baseline model takes over all 124 built-in cells (embedded H2, DS-wired services,
 * one worker thread): seconds and scored rows per second, for h = 0 and h = 50. Figures only — nothing here asserts a
 * time. Opt-in: {@code ./mvnw clean verify -Pbenchmark} (see docs/benchmarks.md).
 */
@Tag("benchmark")
class TestJobBenchmarkTest {

    @Test
    void printTestJobOverAllBuiltInCells() throws Exception {
        Services.await(BuiltInDataService.class).ensureLoaded(Progress.none());
        User user = Services.await(UserService.class).register("bench-" + UUID.randomUUID().toString().substring(0, 8),
                "correct horse battery".toCharArray());
        List<Long> cells = Services.await(BatteryService.class).list(user.id(), new BatteryFilter(null, null, null,
                BatterySource.BUILT_IN, null)).stream().map(Battery::id).sorted().toList();
        assertEquals(124, cells.size());

        TrainingJobService training = Services.await(TrainingJobService.class);
        TrainingJob job = training.submit(user.id(), new TrainingJobSpec("bench", Target.RUL,
                DatasetSelection.byCell(cells.subList(0, 4), List.of(), List.of()),
                List.of(new RunSpec("baseline", List.of(Feature.DQ_SLOPE, Feature.T_AVG), null))));
        TrainingJob trained = TrainingJobsInEquinoxTest.awaitFinal(training, user.id(), job.id());
        assertEquals(JobStatus.SUCCEEDED, trained.status());
        long model = trained.runs().get(0).modelVersionId();

        TestJobService tests = Services.await(TestJobService.class);
        StringBuilder out = new StringBuilder(String.format("%n%-8s | %8s | %8s | %8s | %10s%n", "horizon", "cells",
                "rows", "seconds", "rows/s"));
        for (int horizon : new int[] {0, 50}) {
            long started = System.nanoTime();
            TestJob submitted = tests.submit(user.id(), new TestJobSpec("bench", model, cells, null, List.of(), horizon));
            TestJob done = TrainingJobsInEquinoxTest.awaitFinal(tests, user.id(), submitted.id());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(JobStatus.SUCCEEDED, done.status(), done::error);
            long rows = tests.detailCount(user.id(), done.id(), null);
            out.append(String.format("%-8d | %8d | %8d | %8.1f | %10.0f%n", horizon, done.batteriesDone(), rows, seconds,
                    rows / seconds));
        }
        System.out.println("[benchmark] test job, one Baseline model over the 124 built-in cells (embedded H2)" + out);
    }
}
