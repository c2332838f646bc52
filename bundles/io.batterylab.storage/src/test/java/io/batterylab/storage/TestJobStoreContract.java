package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Target;
import io.batterylab.core.model.User;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Test jobs as a queue and their results per user, on every backend. */
abstract class TestJobStoreContract extends StorageFixture {
    private static final TestJobSpec SPEC = new TestJobSpec("t", 7, List.of(3L, 4L), null, List.of(Target.RUL), 5);
    User alice;
    User bob;
    JdbcTestJobStore tests;

    @BeforeEach
    void twoUsers() {
        alice = newUser("alice");
        bob = newUser("bob");
        tests = new JdbcTestJobStore(database.dataSource());
    }

    private static List<TestDetail> rows(long battery, int count) {
        List<TestDetail> rows = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
            rows.add(new TestDetail(battery, c, c + 5, 100 - c, 99 - c, Double.NaN, Double.NaN));
        }
        return rows;
    }

    private static BatteryMetrics cell(long battery, int skipped) {
        return new BatteryMetrics(battery, "cell " + battery, skipped,
                List.of(new TargetMetrics(Target.RUL, new Metrics(3, 1, 1, 1, Double.NaN, 2.5, 0))));
    }

    @Test
    void givenJob_whenStored_thenReadBackPendingWithItsSpecAndOnlyByItsOwner() {
        TestJob job = tests.create(alice.id(), SPEC, List.of(Target.RUL));

        assertEquals(JobStatus.PENDING, job.status());
        assertEquals(SPEC, job.spec());
        assertEquals(List.of(Target.RUL), job.targets());
        assertEquals(job, tests.find(alice.id(), job.id()).orElseThrow());
        assertTrue(tests.find(bob.id(), job.id()).isEmpty());
        assertTrue(tests.jobs(bob.id()).isEmpty());
        assertFalse(tests.requestCancel(bob.id(), job.id()));
        assertFalse(tests.delete(bob.id(), job.id()));
    }

    @Test
    void givenRunningJob_whenCellsStoredTwiceAndFinished_thenResultsReadPagedPerCellAndCountedOnce() {
        long id = tests.create(alice.id(), SPEC, List.of(Target.RUL)).id();
        assertEquals(id, tests.claimNext("w1").orElseThrow().id());
        assertTrue(tests.claimNext("w2").isEmpty());
        tests.started(id, 2);
        tests.addBattery(id, "w1", cell(4, 5), rows(4, 800));
        tests.addBattery(id, "w1", cell(3, 2), rows(3, 10));
        tests.addBattery(id, "w1", cell(3, 2), rows(3, 10)); // written again after a lost acknowledgement
        List<TargetMetrics> overall = List.of(new TargetMetrics(Target.RUL, new Metrics(810, 1, 1, 1, 0.5, 2, 0)));
        assertTrue(tests.finish(id, "w1", JobStatus.SUCCEEDED, null, overall));

        TestJob done = tests.find(alice.id(), id).orElseThrow();
        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(2, done.batteriesDone());
        assertEquals(7, done.rowsSkipped());
        assertEquals(overall, done.overall());
        assertEquals(List.of(cell(3, 2), cell(4, 5)), tests.perBattery(alice.id(), id));
        assertEquals(810, tests.detailCount(alice.id(), id, null));
        assertEquals(800, tests.detailCount(alice.id(), id, 4L));
        assertEquals(rows(4, 800).subList(5, 7), tests.details(alice.id(), id, 4L, 5, 2));
        assertEquals(rows(3, 10).get(9), tests.details(alice.id(), id, null, 9, 1).get(0));
        List<TestDetail> next = tests.detailsAfter(alice.id(), id, rows(3, 10).get(9), 3);
        assertEquals(rows(4, 3), next);
        assertTrue(Double.isNaN(next.get(0).pclTrue()));
        assertTrue(tests.perBattery(bob.id(), id).isEmpty());
        assertEquals(0, tests.detailCount(bob.id(), id, null));
        assertTrue(tests.details(bob.id(), id, null, 0, 10).isEmpty());
        assertTrue(tests.delete(alice.id(), id));
        assertEquals(0, count("SELECT COUNT(*) FROM test_details"));
    }

    @Test
    void givenJobTakenByRecovery_whenItsOldWorkerWrites_thenRefusedAndNothingStored() {
        long id = tests.create(alice.id(), SPEC, List.of(Target.RUL)).id();
        tests.claimNext("w1");
        assertEquals(List.of(id), tests.failStale(Instant.now().plusSeconds(5), w -> w + " is gone"));

        assertThrows(IllegalStateException.class, () -> tests.addBattery(id, "w1", cell(3, 0), rows(3, 2)));
        assertFalse(tests.finish(id, "w1", JobStatus.SUCCEEDED, null, List.of()));
        assertEquals("w1 is gone", tests.find(alice.id(), id).orElseThrow().error());
        assertEquals(0, count("SELECT COUNT(*) FROM test_details"));
    }

    @Test
    void givenPendingJob_whenCanceled_thenCanceledAtOnceAndNeverClaimed() {
        long id = tests.create(alice.id(), SPEC, List.of(Target.RUL)).id();

        assertTrue(tests.requestCancel(alice.id(), id));
        assertEquals(JobStatus.CANCELED, tests.find(alice.id(), id).orElseThrow().status());
        assertTrue(tests.claimNext("w1").isEmpty());
    }
}
