package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.User;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UserService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.plugins.PluginCatalog;
import io.batterylab.plugins.PluginFolder;
import io.batterylab.plugins.ui.PluginsView;
import io.batterylab.test.support.ExampleBundles;
import io.batterylab.test.support.Services;
import io.batterylab.ui.forms.SettingsForm;
import io.batterylab.ui.training.AlgorithmsPage;
import io.batterylab.ui.training.CellRole;
import io.batterylab.ui.training.NewTrainingJobWizard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Issue 14 in the Training area: a plugin installed through the Plugins view appears in the open New training job
 * wizard with its settings form generated from its annotations, bounds checked as typed.
 */
class TrainingPluginTest {
    @RegisterExtension
    final DisplayPerTest swt = new DisplayPerTest();
    private TrainingWizardDriver ui;

    @BeforeEach
    void driver() {
        ui = new TrainingWizardDriver(swt.display());
    }

    @Test
    void givenTheWizardOpenWhenTheRidgeJarIsInstalledThroughThePluginsViewThenItIsOfferedWithItsGeneratedForm()
            throws Exception {
        Bundle watcher = Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
                .filter(b -> "org.apache.felix.fileinstall".equals(b.getSymbolicName())).findFirst().orElseThrow();
        watcher.start();
        PluginCatalog catalog = Services.await(PluginCatalog.class);
        PluginFolder folder = catalog.folder().orElseThrow();
        AlgorithmRegistry algorithms = Services.await(AlgorithmRegistry.class);
        BatteryService batteries = Services.await(BatteryService.class);
        Services.await(BuiltInDataService.class).ensureLoaded(Progress.none());
        User user = Services.await(UserService.class).register("author-" + System.nanoTime(),
                "amber kites drift 17".toCharArray());
        List<Battery> cells = batteries.list(user.id(), BatteryFilter.all());
        Path ridge = ExampleBundles.built(ExampleBundles.RIDGE);
        try {
            NewTrainingJobWizard wizard = new NewTrainingJobWizard(cells, algorithms, spec -> { });
            WizardDialog dialog = ui.openWizard(wizard);
            ui.assign(wizard.dataPage(), cells.get(0), CellRole.TRAIN);
            ui.press(TrainingWizardDriver.button(dialog, "Next"));
            assertTrue(TrainingWizardDriver.row(wizard.algorithmsPage().algorithmTable(), "example.ridge").isEmpty(), "not yet installed");

            Shell plugins = ui.shell("Plugins", 1200, 600);
            PluginsView view = new PluginsView(plugins, catalog, () -> Optional.of(ridge));
            plugins.open();
            ui.press(view.installButton());
            assertTrue(SwtWindows.spinUntil(swt.display(), () -> algorithms.find("example.ridge").isPresent(), 15_000),
                    "the ridge algorithm registers; status " + view.status());

            plugins.dispose();
            ui.press(TrainingWizardDriver.button(dialog, "Back"));
            ui.press(TrainingWizardDriver.button(dialog, "Next"));
            AlgorithmsPage page = wizard.algorithmsPage();
            assertTrue(TrainingWizardDriver.row(page.algorithmTable(), "example.ridge").isPresent(), "offered once installed");
            ui.tick(page, "example.ridge");
            SettingsForm form = page.form("example.ridge");
            assertEquals("0 .. 1000000", form.model().fields().get(0).bounds());
            ((Text) form.input("lambda")).setText("-1");
            assertTrue(form.hasErrorDecoration("lambda"), "its bounds are checked with no UI code of its own");
            ((Text) form.input("lambda")).setText("0.5");
            assertFalse(form.hasErrorDecoration("lambda"));
            assertTrue(TrainingWizardDriver.button(dialog, "Finish").isEnabled(), "the plugin's run can be submitted: "
                    + page.getErrorMessage() + " / " + wizard.dataPage().getErrorMessage());
            SwtWindows.saveScreenshot(dialog.getShell(), "training-wizard-ridge-plugin.png");
        } finally {
            for (Path jar : folder.jars()) {
                Files.delete(jar);
            }
        }
    }
}
