package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.plugin.Report;
import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.AlgorithmNotInstalledException;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.storage.JdbcTestJobStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Test jobs end to end on the embedded database, with hand-computed metrics. The cells of {@link TestCells} have 20
 * cycles and RUL = 100 · id − c; the linear model predicts 102 − c (slope −1, intercept 102), so on cell 1 every
 * prediction is 2 cycles high.
 */
class TestJobsTest extends JobsFixture {
    final List<JobEvent> events = Collections.synchronizedList(new ArrayList<>());
    JdbcTestJobStore testStore;
    TrainingJobs training;
    TestJobs tests;

    @BeforeEach
    void services() {
        testStore = new JdbcTestJobStore(database.dataSource());
        training = service(FAST);
        JobEvents bus = new JobEvents() {
            @Override
            public void publish(long userId, JobEvent event) {
                events.add(event);
            }

            @Override
            public Subscription subscribe(long userId, Consumer<JobEvent> listener) {
                throw new UnsupportedOperationException();
            }
        };
        tests = new TestJobs(testStore, batteries, training.modelVersions(), algorithms, bus, FAST);
        closeLater.add(tests);
    }

    long model(String algorithm, Record settings) throws InterruptedException {
        TrainingJob job = training.submit(alice, new TrainingJobSpec("m", Target.RUL,
                DatasetSelection.byCell(List.of(1L), List.of(), List.of()), List.of(new RunSpec(algorithm,
                        List.of(Feature.IR), settings))));
        TrainingJob done = await(training, alice, job.id(), j -> j.status().isFinal());
        assertEquals(JobStatus.SUCCEEDED, done.status(), () -> String.valueOf(done));
        return done.runs().get(0).modelVersionId();
    }

    long linear(int pauseMillis, int failOnCell) throws InterruptedException {
        return model("linear", new LinearAlgorithm.LinearSettings(-1, 102, pauseMillis, failOnCell));
    }

    TestJob run(long user, TestJobSpec spec) throws InterruptedException {
        return awaitTest(tests.submit(user, spec).id(), j -> j.status().isFinal());
    }

    TestJob awaitTest(long id, Predicate<TestJob> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            TestJob job = tests.find(alice, id).orElseThrow();
            if (done.test(job)) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("test job " + id + " did not get there in 20 s");
    }

    static TestJobSpec spec(long model, List<Long> cells, int horizon) {
        return new TestJobSpec(null, model, cells, null, List.of(), horizon);
    }

    @Test
    void givenFixedLinearModel_whenTestedWithHorizonZero_thenHandComputedMetricsAndStoredDetails() throws Exception {
        TestJob done = run(alice, spec(linear(0, 0), List.of(1L), 0));

        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(List.of(Target.RUL), done.targets());
        Metrics m = done.overall().get(0).metrics();
        assertEquals(20, m.count());
        assertEquals(4, m.mse(), 1e-12);
        assertEquals(2, m.rmse(), 1e-12);
        assertEquals(2, m.mae(), 1e-12);
        // SS_tot of 100 - c over c = 1..20 is 665, SS_res 20 · 2² = 80
        assertEquals(1 - 80.0 / 665, m.r2(), 1e-12);
        double relative = 0;
        for (int c = 1; c <= 20; c++) {
            relative += Math.pow(2.0 / (100 - c), 2);
        }
        assertEquals(Math.sqrt(relative / 20) * 100, m.rmspe(), 1e-9);
        assertEquals(0, done.rowsSkipped());
        assertEquals(1, done.batteriesDone());
        assertEquals(new TestDetail(1, 7, 7, 93, 95, Double.NaN, Double.NaN), tests.details(alice, done.id(), 1L, 6, 1).get(0));
        assertTrue(events.stream().anyMatch(e -> e.kind().equals(TestJobEvents.PROGRESS) && e.jobId() == done.id()
                && Integer.valueOf(1).equals(e.data().get("done")) && "cell 1".equals(e.data().get("battery"))));
        assertTrue(events.stream().anyMatch(e -> e.kind().equals(JobEvent.METRICS) && e.jobId() == done.id()));
        assertTrue(events.stream().anyMatch(e -> e.kind().equals(JobEvent.STATUS)
                && "SUCCEEDED".equals(e.data().get("status")) && "test-job".equals(e.data().get("job"))));
    }

    @Test
    void givenModelVersionOfBothTargets_whenTested_thenBothTargetsAreScoredWithHandComputedMetricsAndDetails()
            throws Exception {
        TrainingJob job = training.submit(alice, new TrainingJobSpec("both", TargetChoice.BOTH,
                DatasetSelection.byCell(List.of(1L), List.of(), List.of()), List.of(new RunSpec("mean-both",
                        List.of(Feature.IR), new MeanAlgorithm.MeanSettings(1, 0, false)))));
        long model = await(training, alice, job.id(), j -> j.status().isFinal()).runs().get(0).modelVersionId();

        TestJob done = run(alice, spec(model, List.of(2L), 0));

        assertEquals(JobStatus.SUCCEEDED, done.status(), done::error);
        assertEquals(List.of(Target.RUL, Target.PCL), done.targets());
        assertEquals(List.of(Target.RUL, Target.PCL), done.overall().stream().map(m -> m.target()).toList());
        // trained on cell 1: RUL mean 100 - 10.5 = 89.5, PCL mean 0.105; cell 2 has RUL 200 - c and PCL 0.01 c
        assertEquals(100, done.overall().get(0).metrics().mae(), 1e-9);
        assertEquals(0.05, done.overall().get(1).metrics().mae(), 1e-12);
        TestDetail row = tests.details(alice, done.id(), 2L, 6, 1).get(0);
        assertEquals(List.of(7, 7), List.of(row.inputCycle(), row.cycle()));
        assertArrayEquals(new double[] {193, 89.5, 0.07, 0.105},
                new double[] {row.rulTrue(), row.rulPredicted(), row.pclTrue(), row.pclPredicted()}, 1e-12);
        assertEquals(2, tests.perBattery(alice, done.id()).get(0).metrics().size());

        Report report = new TestJobReport(testStore, training.modelVersions()).report(alice, done.id()).orElseThrow();
        assertEquals("both", report.metadata().get("model target"));
        assertEquals(List.of("rul y_true", "rul y_pred", "pcl y_true", "pcl y_pred"),
                report.tables().get(2).columns().subList(3, 7));
        List<Object> overallTargets = new ArrayList<>();
        report.tables().get(0).rows().forEach(r -> overallTargets.add(r.get(0)));
        assertEquals(List.of("rul", "pcl"), overallTargets);
        assertEquals(8, report.charts().size(), "four charts per target");

        TestJob pclOnly = run(alice, new TestJobSpec(null, model, List.of(2L), null, List.of(Target.PCL), 0));
        assertEquals(List.of(Target.PCL), pclOnly.overall().stream().map(m -> m.target()).toList());
        assertTrue(Double.isNaN(tests.details(alice, pclOnly.id(), 2L, 0, 1).get(0).rulPredicted()));
    }

    @Test
    void givenHorizonFive_whenTested_thenTruthFiveCyclesAheadAndTheLastFiveRowsSkippedAndCounted() throws Exception {
        TestJob done = run(alice, spec(linear(0, 0), List.of(1L, 2L), 5));

        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(10, done.rowsSkipped());
        List<BatteryMetrics> cells = tests.perBattery(alice, done.id());
        assertEquals(List.of(1L, 2L), cells.stream().map(BatteryMetrics::batteryId).toList());
        Metrics one = cells.get(0).metrics().get(0).metrics();
        assertEquals(15, one.count());
        assertEquals(5, cells.get(0).rowsSkipped());
        // inputs at c = 1..15, truth 100 - (c + 5), prediction 102 - (c + 5): still 2 high; SS_tot over 15 rows = 280
        assertEquals(2, one.mae(), 1e-12);
        assertEquals(1 - 60.0 / 280, one.r2(), 1e-12);
        // cell 2: truth 200 - (c + 5), so the error is -98 on every row
        assertEquals(98, cells.get(1).metrics().get(0).metrics().mae(), 1e-12);
        assertEquals(30, done.overall().get(0).metrics().count());
        assertEquals(new TestDetail(1, 1, 6, 94, 96, Double.NaN, Double.NaN), tests.details(alice, done.id(), null, 0, 1).get(0));
        assertEquals(30, tests.detailCount(alice, done.id(), null));
    }

    @Test
    void givenHorizonPastTheLastCycle_whenTested_thenEveryRowSkippedAndNothingScored() throws Exception {
        TestJob done = run(alice, spec(linear(0, 0), List.of(1L), 20));

        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(20, done.rowsSkipped());
        assertEquals(0, done.overall().get(0).metrics().count());
        assertTrue(Double.isNaN(done.overall().get(0).metrics().rmse()));
        assertEquals(0, tests.detailCount(alice, done.id(), null));
    }

    @Test
    void givenModelThatCannotPredictAhead_whenHorizonAsked_thenRefusedAtSubmitNamingTheReason() throws Exception {
        long mean = model("mean", new MeanAlgorithm.MeanSettings(1, 0, false));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tests.submit(alice, spec(mean, List.of(1L), 3)));
        assertTrue(e.getMessage().startsWith("horizon: Mean cannot predict ahead"), e.getMessage());
        assertEquals(JobStatus.SUCCEEDED, run(alice, spec(mean, List.of(1L), 0)).status());
    }

    @Test
    void givenModelWhoseAlgorithmWasUninstalled_whenTested_thenRefusedAtSubmitSayingItIsNotInstalled()
            throws Exception {
        long mean = model("mean", new MeanAlgorithm.MeanSettings(1, 0, false));
        algorithms.uninstall("mean");

        for (int horizon : new int[] {0, 3}) {
            AlgorithmNotInstalledException e = assertThrows(AlgorithmNotInstalledException.class,
                    () -> tests.submit(alice, spec(mean, List.of(1L), horizon)));
            assertTrue(e.getMessage().startsWith("algorithm 'mean' is not installed: model version " + mean),
                    e.getMessage());
        }
        assertTrue(tests.list(alice).isEmpty(), "nothing is queued");
    }

    @Test
    void givenRunningJob_whenCanceled_thenStopsAfterTheCellItIsOn() throws Exception {
        long slow = linear(400, 0);
        long id = tests.submit(alice, spec(slow, List.of(1L, 2L, 3L, 4L), 0)).id();
        awaitTest(id, j -> j.status() == JobStatus.RUNNING);

        assertTrue(tests.cancel(alice, id));
        TestJob done = awaitTest(id, j -> j.status().isFinal());
        assertEquals(JobStatus.CANCELED, done.status());
        assertTrue(done.batteriesDone() < 4, "cells done: " + done.batteriesDone());
        assertTrue(tests.delete(alice, id));
        assertTrue(tests.find(alice, id).isEmpty());
    }

    @Test
    void givenModelThatFailsOnACell_whenTested_thenJobFailsWithTheReason() throws Exception {
        TestJob done = run(alice, spec(linear(0, 2), List.of(1L, 2L, 3L), 0));

        assertEquals(JobStatus.FAILED, done.status());
        assertTrue(done.error().contains("the model broke on cell 2"), done.error());
        assertEquals(1, done.batteriesDone());
    }

    @Test
    void givenAlicesJob_whenBobAsks_thenItDoesNotExistForHimAndHeCannotUseHerModelOrSheHisCell() throws Exception {
        long model = linear(0, 0);
        TestJob done = run(alice, spec(model, List.of(1L), 0));

        assertTrue(tests.find(bob, done.id()).isEmpty());
        assertTrue(tests.list(bob).isEmpty());
        assertTrue(tests.perBattery(bob, done.id()).isEmpty());
        assertTrue(tests.details(bob, done.id(), null, 0, 100).isEmpty());
        assertEquals(false, tests.cancel(bob, done.id()));
        assertEquals(false, tests.delete(bob, done.id()));
        assertTrue(new TestJobReport(testStore, training.modelVersions()).report(bob, done.id()).isEmpty());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> tests.submit(bob, spec(model, List.of(5L), 0)))
                .getMessage().startsWith("modelVersionId:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> tests.submit(alice, spec(model, List.of(5L), 0)))
                .getMessage().startsWith("cells: battery 5"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> tests.submit(alice, new TestJobSpec(null, model, List.of(1L), null, List.of(Target.PCL), 0)))
                .getMessage().startsWith("targets:"));
    }

    @Test
    void givenSucceededJob_whenReported_thenMetadataTablesPagedDetailsAndAllFourCharts() throws Exception {
        TestJob done = run(alice, spec(linear(0, 0), List.of(1L, 2L), 5));
        Report report = new TestJobReport(testStore, training.modelVersions(), 7).report(alice, done.id()).orElseThrow();

        assertTrue(report.metadata().get("horizon").startsWith("5 cycles"));
        assertEquals("linear 1.0", report.metadata().get("algorithm"));
        assertTrue(report.metadata().get("full config").contains("\"intercept\""));
        assertEquals("cell 1, cell 2", report.metadata().get("batteries"));
        assertEquals(List.of("overall metrics", "per-battery metrics", "details"),
                report.tables().stream().map(Report.Table::name).toList());
        List<List<Object>> rows = new ArrayList<>();
        report.tables().get(2).rows().forEach(rows::add);
        report.tables().get(2).rows().forEach(rows::add); // iterable again, page by page (7 rows a page)
        assertEquals(60, rows.size());
        assertEquals(List.of("cell 2", 15, 20, 180.0, 82.0), rows.get(29));
        assertEquals(List.of(Report.ChartKind.LINE, Report.ChartKind.SCATTER, Report.ChartKind.HISTOGRAM,
                Report.ChartKind.BOX), report.charts().stream().map(Report.Chart::kind).toList());
        assertEquals(4, report.charts().get(0).series().size());
        double[] counts = report.charts().get(2).series().get(0).y();
        assertEquals(30, java.util.Arrays.stream(counts).sum(), 1e-9);
        assertEquals(15, report.charts().get(3).series().get(0).y().length);

        long running = tests.submit(alice, spec(linear(2000, 0), List.of(1L), 0)).id();
        assertThrows(IllegalStateException.class,
                () -> new TestJobReport(testStore, training.modelVersions()).report(alice, running));
    }
}
