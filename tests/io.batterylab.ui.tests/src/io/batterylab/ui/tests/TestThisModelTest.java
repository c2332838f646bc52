package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.User;
import io.batterylab.core.service.ExportFormat;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.JobStatus;
import io.batterylab.test.support.Services;
import io.batterylab.ui.models.ModelLibraryView;
import io.batterylab.ui.status.JobStatusIcons;
import io.batterylab.ui.testing.NewTestJobDialog;
import io.batterylab.ui.testing.TestJobsView;
import io.batterylab.ui.testing.TestingServices;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * From the Models area to a test result through the real widgets: "Test this model…" on a version chosen in the
 * model library opens the New test job dialog with that version chosen (not the newest); testing it on two cells
 * with h = 0 lists the job with its Done icon and shows metric cards. The export formats are offered before any job
 * is opened and follow exporters that come and go.
 */
class TestThisModelTest {
    @RegisterExtension
    final DisplayPerTest swt = new DisplayPerTest();

    @TempDir
    Path saveFolder;

    @Test
    void givenAnOlderVersionChosenInTheLibraryWhenTestThisModelIsPressedThenItsTestOnTwoCellsShowsMetricCards()
            throws Exception {
        User user = TinyTraining.newUser("models-to-testing");
        List<Battery> builtIn = TinyTraining.builtInCells(user);
        long model = TinyTraining.baselineModel(user, builtIn.subList(0, 2));
        TestingServices services = TinyTraining.testingServices(user);
        long newer = TinyTraining.importedCopy(services, model);
        TestingWindow testing = new TestingWindow(swt.display(), services, saveFolder);
        AtomicReference<NewTestJobDialog> opened = new AtomicReference<>();
        Shell libraryShell = new TrainingWizardDriver(swt.display()).shell("Model library", 1260, 400);
        // what the workbench does with "Test this model…" (TestModelAddon → TestJobsPart.newJob), the dialog left open
        ModelLibraryView library = new ModelLibraryView(libraryShell, services.models(),
                Services.await(AlgorithmRegistry.class), user.id(), new AnsweringDialogs(saveFolder.resolve("m.zip")),
                id -> opened.set(testing.jobs.openNewJob(id, false)));
        libraryShell.open();
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> library.modelTable().getItemCount() == 2, 30_000),
                "both versions listed; " + library.status());

        assertTrue(library.select(model), "the older version is listed");
        SwtClicks.click(library.button("Test this model…"));

        NewTestJobDialog dialog = opened.get();
        assertNotNull(dialog, "the New test job dialog opened");
        assertTrue(SwtWindows.spinUntil(swt.display(), dialog::loaded, 30_000), "the dialog lists models and cells");
        assertTrue(dialog.modelCombo().getText().startsWith("#" + model + " baseline"),
                "the chosen version, not the newest #" + newer + ": " + dialog.modelCombo().getText());
        List<Battery> tested = builtIn.subList(2, 4);
        tested.forEach(cell -> SwtClicks.check(dialog.cellTable(), cell.label()));
        assertEquals(0, dialog.horizonSpinner().getSelection(), "h = 0");
        SwtClicks.press(dialog.getShell(), "Start test");
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> dialog.getShell() == null, 30_000), "accepted: "
                + dialog.getErrorMessage());
        TestJob submitted = dialog.submitted();
        assertEquals(model, submitted.spec().modelVersionId());

        TestJobsView jobs = testing.jobs;
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> jobs.listed(submitted.id())
                .map(j -> j.status().isFinal()).orElse(false), TinyTraining.JOB_MILLIS), "the job ends");
        assertEquals(JobStatus.SUCCEEDED, jobs.listed(submitted.id()).orElseThrow().status());
        assertDoneIcon(jobs, submitted.id());
        assertTrue(jobs.select(submitted.id()));
        jobs.openButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> testing.result.job() != null && !testing.result.loading()
                && !testing.result.metricCardTexts().isEmpty(), 30_000), "results: " + testing.result.status());
        List<String> card = testing.result.metricCardTexts().get(0);
        assertTrue(card.get(0).startsWith("Remaining useful life — "), card.toString());
        assertEquals("RMSE", card.get(1));
        libraryShell.dispose();
        SwtWindows.saveScreenshot(testing.shell, "testing-from-models.png");
    }

    private void assertDoneIcon(TestJobsView jobs, long jobId) {
        TableItem row = Arrays.stream(jobs.table().getItems()).filter(i -> ((TestJob) i.getData()).id() == jobId)
                .findFirst().orElseThrow();
        assertSame(JobStatusIcons.image(swt.display(), JobStatus.SUCCEEDED), row.getImage(TestJobsView.STATUS_COLUMN));
        Rectangle cell = row.getBounds(TestJobsView.STATUS_COLUMN);
        Event move = new Event();
        move.x = cell.x + cell.width / 2;
        move.y = cell.y + cell.height / 2;
        jobs.table().notifyListeners(SWT.MouseMove, move);
        assertEquals("Done", jobs.table().getToolTipText());
    }

    @Test
    void givenNoJobOpenWhenTheResultViewShowsThenEveryFormatIsOfferedAndFollowsAnExporterLeavingAndComingBack()
            throws Exception {
        User user = TinyTraining.newUser("formats");
        TestingServices services = TinyTraining.testingServices(user);
        TestingWindow testing = new TestingWindow(swt.display(), services, saveFolder);
        List<String> installed = labels(services.exports().formats());
        assertTrue(installed.stream().anyMatch(l -> l.endsWith("(.html)")), "the HTML exporter is installed: " + installed);
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> items(testing).equals(installed), 30_000),
                "offered before any job is opened: " + items(testing));
        assertFalse(testing.result.exportButton().isEnabled(), "nothing to export yet");

        Bundle html = Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
                .filter(b -> "io.batterylab.export.html".equals(b.getSymbolicName())).findFirst().orElseThrow();
        try {
            html.stop();
            Services.awaitTrue(() -> labels(services.exports().formats()).size() == installed.size() - 1,
                    "the HTML exporter leaves the registry");
            testing.result.formatChoice().notifyListeners(SWT.FocusIn, new Event());
            assertTrue(SwtWindows.spinUntil(swt.display(), () -> items(testing).size() == installed.size() - 1
                    && items(testing).stream().noneMatch(l -> l.endsWith("(.html)")), 30_000),
                    "HTML is no longer offered: " + items(testing));
        } finally {
            html.start();
        }
        Services.awaitTrue(() -> labels(services.exports().formats()).equals(installed), "the HTML exporter is back");
        testing.result.formatChoice().notifyListeners(SWT.FocusIn, new Event());
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> items(testing).equals(installed), 30_000),
                "offered again: " + items(testing));
    }

    private static List<String> items(TestingWindow testing) {
        return List.of(testing.result.formatChoice().getItems());
    }

    private static List<String> labels(List<ExportFormat> formats) {
        return formats.stream().map(f -> f.displayName() + " (." + f.fileExtension() + ")").toList();
    }
}
