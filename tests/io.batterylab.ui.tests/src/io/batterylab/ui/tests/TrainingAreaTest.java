package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.User;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UserService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.test.support.Services;
import io.batterylab.ui.forms.SettingsForm;
import io.batterylab.ui.models.ModelLibraryView;
import io.batterylab.ui.training.AlgorithmsPage;
import io.batterylab.ui.training.CellRole;
import io.batterylab.ui.training.DataPage;
import io.batterylab.ui.training.NewTrainingJobWizard;
import io.batterylab.ui.training.TrainingJobsView;
import io.batterylab.ui.status.Failure;
import io.batterylab.ui.status.UiJobs;
import io.batterylab.ui.status.FailureReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Training and Models areas in real SWT windows on the real services (DS-wired jobs, DJL algorithms, storage):
 * a job made through the wizard's widgets trains Baseline and DeepHPM while the display thread stays responsive, its
 * curves and comparison fill live, and both model versions reach the library.
 */
class TrainingAreaTest {
    private static final long TRAINING_MILLIS = 600_000;
    private static final long MAX_LATENCY_MILLIS = 200;
    /**
     * Epochs of each run: enough that training lasts some seconds on a quiet machine too, so the display thread is
     * probed while the curves fill (there 3 epochs of one cell took 0.3 s: 4 probes; 60 epochs about 2 s: 16).
     */
    private static final int EPOCHS = 150;

    private Display display;
    private TrainingWizardDriver ui;

    @BeforeEach
    void needsDisplay() {
        display = SwtWindows.display();
        ui = new TrainingWizardDriver(display);
    }

    @AfterEach
    void closeShells() {
        SwtWindows.disposeShells(display);
    }

    @Test
    void givenBaselineAndDeepHpmChosenInTheWizardWhenTheJobRunsThenCurvesComparisonAndTwoModelVersionsAppear()
            throws Exception {
        TrainingJobService jobs = Services.await(TrainingJobService.class);
        ModelVersionService versions = Services.await(ModelVersionService.class);
        AlgorithmRegistry algorithms = Services.await(AlgorithmRegistry.class);
        BatteryService batteries = Services.await(BatteryService.class);
        Services.await(BuiltInDataService.class).ensureLoaded(Progress.none());
        User user = Services.await(UserService.class).register("trainer-" + System.nanoTime(),
                "amber kites drift 17".toCharArray());
        // the three shortest built-in cells keep the run short
        List<Battery> cells = batteries.list(user.id(), BatteryFilter.all()).stream()
                .sorted(Comparator.comparingInt(Battery::cycleCount)).limit(3).toList();
        int failuresBefore = failures().size();

        Shell jobsShell = ui.shell("Training jobs", 1260, 900);
        TrainingJobsView view = new TrainingJobsView(jobsShell, jobs, versions, algorithms, user.id(), () -> { });
        AutoCloseable listening = jobs.listen(view::accept);
        jobsShell.open();

        AtomicLong submitted = new AtomicLong(-1);
        NewTrainingJobWizard wizard = new NewTrainingJobWizard(batteries.list(user.id(), BatteryFilter.all()),
                algorithms, spec -> UiJobs.schedule(jobsShell, "Submit", m -> jobs.submit(user.id(), spec), job -> {
                    submitted.set(job.id());
                    view.refresh();
                    view.open(job.id());
                }));
        WizardDialog dialog = ui.openWizard(wizard);
        DataPage data = wizard.dataPage();
        data.nameText().setText("baseline vs deephpm");
        ui.assign(data, cells.get(0), CellRole.TRAIN);
        ui.assign(data, cells.get(1), CellRole.VALIDATION);
        ui.assign(data, cells.get(2), CellRole.TEST);
        assertEquals("Train 1 · Validation 1 · Test 1", data.countsLabel().getText());
        assertFalse(data.leakageWarning().isVisible(), "split by cell: no leakage warning");
        data.rowLevelCheck().setSelection(true);
        data.rowLevelCheck().notifyListeners(SWT.Selection, new Event());
        assertTrue(data.leakageWarning().isVisible(), "the row-level split shows its leakage warning");
        assertFalse(TrainingWizardDriver.button(dialog, "Next").isEnabled(), "row split with validation cells is refused");
        data.rowLevelCheck().setSelection(false);
        data.rowLevelCheck().notifyListeners(SWT.Selection, new Event());
        SwtWindows.saveScreenshot(dialog.getShell(), "training-wizard-data.png");
        ui.press(TrainingWizardDriver.button(dialog, "Next"));

        AlgorithmsPage page = wizard.algorithmsPage();
        ui.tick(page, "baseline");
        ui.tick(page, "deephpm");
        SettingsForm baseline = page.form("baseline");
        SettingsForm deephpm = page.form("deephpm");
        ((Text) baseline.input("epochs")).setText("0");
        assertTrue(baseline.hasErrorDecoration("epochs"), "0 epochs is out of bounds as it is typed");
        assertEquals("Epochs must be between 1 and 5000, not 0", baseline.message());
        assertFalse(TrainingWizardDriver.button(dialog, "Finish").isEnabled(), "Finish waits for valid settings");
        ((Text) baseline.input("epochs")).setText(String.valueOf(EPOCHS));
        ((Text) deephpm.input("epochs")).setText(String.valueOf(EPOCHS));
        ((Text) deephpm.input("neurons")).setText("32");
        assertTrue(TrainingWizardDriver.button(dialog, "Finish").isEnabled(), page.getErrorMessage());
        SwtWindows.saveScreenshot(dialog.getShell(), "training-wizard-algorithms.png");

        ui.press(TrainingWizardDriver.button(dialog, "Finish"));
        assertTrue(SwtWindows.spinUntil(display, () -> view.shown() != null
                && view.shown().status() == JobStatus.RUNNING, 60_000), "the job starts; " + failures());
        LatencyProbe probe = new LatencyProbe(display, MAX_LATENCY_MILLIS);
        assertTrue(SwtWindows.spinUntil(display, () -> view.shown() != null && view.shown().job().id() == submitted.get()
                && view.shown().status().isFinal(), TRAINING_MILLIS), "the job finishes; " + failures());
        probe.stop(display);
        listening.close();
        SwtWindows.spinUntil(display, () -> view.detail().comparisonTable().getItemCount() == 2
                && !view.detail().comparisonTable().getItem(1).getText(9).equals("–"), 10_000);
        SwtWindows.saveScreenshot(jobsShell, "training-job-view.png");

        assertEquals(List.of(), failures().subList(failuresBefore, failures().size()), "nothing failed");
        assertEquals(JobStatus.SUCCEEDED, view.shown().status(), () -> view.detail().logText().getText());
        System.getLogger(TrainingAreaTest.class.getName()).log(System.Logger.Level.INFO, "display latency while training: "
                + probe.count() + " probes, at most " + probe.max() + " ms of display-thread CPU, " + probe.maxWall()
                + " ms wall; slow: " + probe.slow());
        assertTrue(probe.max() < MAX_LATENCY_MILLIS, "the display thread answered after at most " + probe.max()
                + " ms of its own work (" + probe.maxWall() + " ms wall time on this shared machine, " + probe.count()
                + " probes) while training ran; slow: " + probe.slow());
        assertTrue(probe.count() > 10, "probed during training: " + probe.count());
        for (String algorithm : List.of("baseline", "deephpm")) {
            var loss = view.detail().charts(algorithm)[0].chart().getSeriesSet().getSeries("run #"
                    + (algorithm.equals("baseline") ? 1 : 2) + " loss");
            assertNotNull(loss, algorithm + " has its loss curve");
            assertEquals(EPOCHS, loss.getXSeries().length, algorithm + ": one point per epoch");
        }
        Table comparison = view.detail().comparisonTable();
        assertEquals(2, comparison.getItemCount(), "one row per run");
        assertEquals("Baseline", comparison.getItem(0).getText(1).split(" ")[0]);
        assertTrue(comparison.getItem(1).getText(1).startsWith("DeepHPM"), comparison.getItem(1).getText(1));
        for (TableItem row : comparison.getItems()) {
            assertEquals("SUCCEEDED", row.getText(3));
            assertEquals(EPOCHS + "/" + EPOCHS, row.getText(4));
            assertFalse(row.getText(6).equals("–"), "validation RMSPE");
            assertFalse(row.getText(9).equals("–"), "test RMSPE once done");
        }
        assertTrue(view.detail().logText().getText().contains("#2"), "the log of both runs is streamed");

        List<Long> made = view.shown().job().runs().stream().map(TrainingRun::modelVersionId).toList();
        Shell libraryShell = ui.shell("Model library", 1260, 500);
        Path archive = Files.createTempFile("model-", ".zip");
        ModelLibraryView library = new ModelLibraryView(libraryShell, versions, algorithms, user.id(),
                new AnsweringDialogs(archive), id -> { });
        libraryShell.open();
        assertTrue(SwtWindows.spinUntil(display, () -> library.modelTable().getItemCount() == 2, 10_000),
                "both model versions are in the library");
        for (Long id : made) {
            assertTrue(library.select(id), "model version " + id + " listed");
        }
        assertTrue(library.button("Delete…").isEnabled());
        SwtWindows.saveScreenshot(libraryShell, "model-library.png");

        // export the selected version to a file, import that archive as a new version, delete the import
        ui.press(library.button("Export…"));
        assertTrue(SwtWindows.spinUntil(display, () -> library.status().contains("exported"), 30_000), library.status());
        assertTrue(Files.size(archive) > 0, "the archive was written");
        ui.press(TrainingWizardDriver.findIn(libraryShell, "Import…"));
        assertTrue(SwtWindows.spinUntil(display, () -> library.modelTable().getItemCount() == 3, 30_000),
                "the imported archive is a third version; " + library.status());
        long imported = library.listed().stream().mapToLong(v -> v.id()).filter(id -> !made.contains(id)).findFirst()
                .orElseThrow();
        assertTrue(library.select(imported));
        ui.press(library.button("Delete…"));
        assertTrue(SwtWindows.spinUntil(display, () -> library.modelTable().getItemCount() == 2, 30_000),
                "deleted after the confirmation; " + library.status());
        assertTrue(versions.find(user.id(), imported).isEmpty());
        Files.deleteIfExists(archive);
    }

    /** What the workbench reported as failed (the shared Error Log of this display). */
    private List<Failure> failures() {
        return FailureReporter.of(display).log().failures();
    }
}
