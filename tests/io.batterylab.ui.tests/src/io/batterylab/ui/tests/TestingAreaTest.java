package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.User;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.training.JobStatus;
import io.batterylab.ui.testing.NewTestJobDialog;
import io.batterylab.ui.testing.TestJobsView;
import io.batterylab.ui.testing.TestResultView;
import io.batterylab.ui.testing.TestingServices;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Testing area in real SWT windows on the real services: a tiny Baseline model trained through the training
 * service is tested on two cells with h = 0 through the New test job dialog; the job list follows it live, the result
 * editor shows metric cards and curves that match the service's rows, and Export… writes an XLSX file that POI reads
 * back. A refusal of the service is shown in the dialog in the service's words.
 */
class TestingAreaTest {
    @RegisterExtension
    final DisplayPerTest swt = new DisplayPerTest();

    @TempDir
    Path saveFolder;

    @Test
    void givenATrainedBaselineWhenTestedOnTwoCellsThroughTheDialogThenCardsAndCurvesFillAndTheXlsxExportReopens()
            throws Exception {
        User user = TinyTraining.newUser("tester");
        List<Battery> builtIn = TinyTraining.builtInCells(user);
        long model = TinyTraining.baselineModel(user, builtIn.subList(0, 2));
        TestingServices services = TinyTraining.testingServices(user);
        long doomedCopy = TinyTraining.importedCopy(services, model);

        TestingWindow window = new TestingWindow(swt.display(), services, saveFolder);
        TestJobsView jobs = window.jobs;
        TestResultView result = window.result;
        List<Path> saved = window.saved;

        // a refusal: the copy is deleted after the dialog listed it, so the service refuses and says why
        NewTestJobDialog dialog = jobs.openNewJob(doomedCopy, false);
        assertTrue(SwtWindows.spinUntil(swt.display(), dialog::loaded, 30_000), "the dialog lists models and cells");
        assertTrue(dialog.modelCombo().getText().startsWith("#" + doomedCopy + " baseline"), dialog.modelCombo().getText());
        assertTrue(dialog.targetButton(Target.RUL).getSelection(), "the model's target is picked");
        assertFalse(dialog.targetButton(Target.PCL).isEnabled(), "a target the model does not predict cannot be picked");
        List<Battery> tested = builtIn.subList(2, 4);
        tested.forEach(cell -> SwtClicks.check(dialog.cellTable(), cell.label()));
        assertEquals(0, dialog.horizonSpinner().getSelection(), "h = 0 unless changed");
        assertTrue(services.models().delete(user.id(), doomedCopy));
        SwtClicks.press(dialog.getShell(), "Start test");
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> dialog.getErrorMessage() != null
                && dialog.getErrorMessage().contains(Long.toString(doomedCopy)), 30_000), "refusal shown: "
                        + dialog.getErrorMessage());
        assertFalse(dialog.getShell().isDisposed(), "a refused job leaves the dialog open");

        SwtClicks.select(dialog.modelCombo(), "#" + model + " ");
        SwtWindows.saveScreenshot(dialog.getShell(), "testing-new-job-dialog.png");
        SwtClicks.press(dialog.getShell(), "Start test");
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> dialog.getShell() == null, 30_000), "accepted: "
                + dialog.getErrorMessage());
        TestJob submitted = dialog.submitted();
        assertNotNull(submitted);
        assertEquals(0, submitted.spec().horizon());
        assertEquals(tested.stream().map(Battery::id).toList(), submitted.spec().cells());

        assertTrue(SwtWindows.spinUntil(swt.display(), () -> jobs.listed(submitted.id())
                .map(j -> j.status().isFinal()).orElse(false), TinyTraining.JOB_MILLIS), "the list follows the job to its end");
        TestJob done = services.tests().find(user.id(), submitted.id()).orElseThrow();
        assertEquals(JobStatus.SUCCEEDED, done.status(), done::error);
        assertTrue(jobs.select(done.id()));
        jobs.openButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> result.job() != null && !result.loading()
                && result.series("true") != null, 30_000), "results shown; status: " + result.status());

        List<List<String>> cards = result.metricCardTexts();
        assertEquals(1, cards.size(), "one card per scored target: " + cards);
        int rows = done.overall().get(0).metrics().count();
        assertEquals(List.of("Remaining useful life — " + rows + " rows", "RMSE", String.format("%.4g cycles",
                done.overall().get(0).metrics().rmse())), cards.get(0).subList(0, 3));
        assertCurvesOf(services, done, tested.get(0), result);
        assertEquals(2, result.errorTable().getItemCount(), "one error row per cell");

        result.cellSwitcher().select(1);
        result.cellSwitcher().notifyListeners(SWT.Selection, new Event());
        int secondLength = curveLength(services, done, tested.get(1));
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> !result.loading()
                && result.series("true").getXSeries().length == secondLength, 30_000), "the switcher shows cell 2");
        assertCurvesOf(services, done, tested.get(1), result);
        SwtWindows.saveScreenshot(window.shell, "testing-result-editor.png");

        assertEquals(services.exports().formats().stream().map(f -> f.displayName() + " (." + f.fileExtension() + ")")
                .toList(), List.of(result.formatChoice().getItems()), "every installed exporter is offered");
        SwtClicks.select(result.formatChoice(), "(.xlsx)");
        result.exportButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> !saved.isEmpty(), 60_000),
                "saved; status: " + result.status());
        Path file = saved.get(0);
        assertEquals(saveFolder.resolve("test-job-" + done.id() + ".xlsx"), file);
        long detailRows = services.tests().detailCount(user.id(), done.id(), null);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet details = workbook.getSheet("details");
            assertNotNull(details, "a details sheet among " + workbook.getNumberOfSheets() + " sheets");
            assertEquals(detailRows, details.getLastRowNum(), "one row per scored row under the header");
        }
    }

    private static List<TestDetail> rowsOf(TestingServices services, TestJob job, Battery cell) {
        int count = (int) services.tests().detailCount(services.userId(), job.id(), cell.id());
        return services.tests().details(services.userId(), job.id(), cell.id(), 0, count);
    }

    private static int curveLength(TestingServices services, TestJob job, Battery cell) {
        return (int) rowsOf(services, job, cell).stream().filter(r -> Double.isFinite(r.rulPredicted())).count();
    }

    /** The curves hold the cell's stored rows: cycle, truth and prediction, point for point. */
    private static void assertCurvesOf(TestingServices services, TestJob job, Battery cell, TestResultView result) {
        List<TestDetail> rows = rowsOf(services, job, cell);
        assertTrue(rows.size() > 10, cell.name() + " has scored rows: " + rows.size());
        ISeries<?> truth = result.series("true");
        ISeries<?> predicted = result.series("predicted");
        assertEquals(rows.size(), truth.getXSeries().length, "one point per scored row of " + cell.name());
        assertArrayEquals(rows.stream().mapToDouble(TestDetail::cycle).toArray(), truth.getXSeries());
        assertArrayEquals(rows.stream().mapToDouble(TestDetail::rulTrue).toArray(), truth.getYSeries(), 1e-9);
        assertArrayEquals(rows.stream().mapToDouble(TestDetail::rulPredicted).toArray(), predicted.getYSeries(), 1e-9);
        assertEquals(rows.size(), result.series("residual").getYSeries().length);
        assertEquals(rows.size(), Arrays.stream(result.series("residual histogram").getYSeries()).sum(), 1e-9,
                "the histogram counts every residual once");
        assertEquals(cell.name(), result.cellSwitcher().getText());
    }
}
