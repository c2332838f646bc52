package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Target;
import io.batterylab.core.plugin.Report;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.jobs.report.TrainingJobReportSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingJobReportTest extends JobsFixture {

    @Test
    void givenAJobOfTwoRunsAndAFailingOne_whenReported_thenOneRowPerRunEveryEpochAndACurvePerRun() throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob job = await(jobs, alice, jobs.submit(alice, TrainingJobsTest.spec(
                new MeanAlgorithm.MeanSettings(3, 0, false), new MeanAlgorithm.MeanSettings(5, 0, false),
                new MeanAlgorithm.MeanSettings(2, 0, true))).id(), j -> j.status().isFinal());
        assertEquals(JobStatus.SUCCEEDED, job.status());

        Report report = new TrainingJobReportSource(jobs, jobs.modelVersions()).report(alice, job.id()).orElseThrow();

        assertEquals(List.of("runs × metrics", "epochs"), report.tables().stream().map(Report.Table::name).toList());
        List<List<Object>> runs = rows(report.tables().get(0));
        assertEquals(3, runs.size());
        TrainingRun second = job.runs().get(1);
        ModelVersion version = jobs.modelVersions().find(alice, second.modelVersionId()).orElseThrow();
        List<Object> row = runs.get(1);
        assertEquals(List.of(2, "mean", "SUCCEEDED", "ir", 5), row.subList(0, 5));
        assertEquals(version.validation().rmse(), (double) row.get(6), 1e-12);
        assertEquals(version.test().count(), row.get(10));
        assertEquals(version.test().rmse(), (double) row.get(11), 1e-12);
        assertEquals(second.modelVersionId(), row.get(15));
        assertEquals("FAILED", runs.get(2).get(2));
        assertEquals("loss became NaN", runs.get(2).get(16), "the failed run's error");
        assertEquals("rul", row.get(17));
        assertEquals(3 + 5 + 1, rows(report.tables().get(1)).size(), "every epoch reported, the failed run's too");
        Report.Chart loss = report.charts().get(0);
        assertEquals(Report.ChartKind.LINE, loss.kind());
        assertEquals(List.of("run 1 · mean", "run 2 · mean", "run 3 · mean"), loss.series().stream().map(Report.Series::name).toList());
        assertEquals(5, loss.series().get(1).x().length);
        assertTrue(report.metadata().get("run 2 settings").matches("(?s).*\"epochs\"\\s*:\\s*5\\b.*"),
                report.metadata().get("run 2 settings"));
        assertEquals("1, 2", report.metadata().get("training cells"));
        assertEquals("runs", report.cards().get(0).label());
        assertEquals("2 succeeded", report.cards().get(0).note());
    }

    @Test
    void givenAJobOfBothTargets_whenReported_thenItsRunHasARowPerTargetWithThatTargetsMetrics() throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob job = await(jobs, alice, jobs.submit(alice, BothTargetsJobsTest.both("mean-both")).id(),
                j -> j.status().isFinal());
        ModelVersion version = jobs.modelVersions().find(alice, job.runs().get(0).modelVersionId()).orElseThrow();

        Report report = new TrainingJobReportSource(jobs, jobs.modelVersions()).report(alice, job.id()).orElseThrow();

        List<List<Object>> runs = rows(report.tables().get(0));
        assertEquals(List.of("rul", "pcl"), runs.stream().map(r -> r.get(17)).toList());
        assertEquals(version.testByTarget().get(Target.PCL).rmse(), (double) runs.get(1).get(11), 1e-12);
        assertEquals(version.testByTarget().get(Target.RUL).rmse(), (double) runs.get(0).get(11), 1e-12);
        assertTrue(report.metadata().get("target").startsWith("both (Remaining useful life and capacity loss"),
                report.metadata().get("target"));
    }

    @Test
    void givenAnotherUsersJobOrNone_whenReported_thenThereIsNothingToReport() throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob job = await(jobs, alice, jobs.submit(alice, TrainingJobsTest.spec(
                new MeanAlgorithm.MeanSettings(1, 0, false))).id(), j -> j.status().isFinal());
        TrainingJobReportSource source = new TrainingJobReportSource(jobs, jobs.modelVersions());

        assertTrue(source.report(bob, job.id()).isEmpty());
        assertTrue(source.report(alice, job.id() + 1000).isEmpty());
        assertEquals("training-job", source.kind());
    }

    @Test
    void givenAJobStillQueued_whenReported_thenItIsRefusedWithItsStatus() {
        TrainingJobs jobs = service(null);
        TrainingJob job = jobs.submit(alice, TrainingJobsTest.spec(new MeanAlgorithm.MeanSettings(1, 0, false)));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TrainingJobReportSource(jobs, jobs.modelVersions()).report(alice, job.id()));
        assertEquals("training job " + job.id() + " is PENDING; export it once it has finished", e.getMessage());
    }

    private static List<List<Object>> rows(Report.Table table) {
        List<List<Object>> rows = new ArrayList<>();
        table.rows().forEach(rows::add);
        return rows;
    }
}
