package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.plugins.PluginCatalog;
import io.batterylab.plugins.PluginFolder;
import io.batterylab.plugins.ui.PluginsView;
import io.batterylab.test.support.ExampleBundles;
import io.batterylab.test.support.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Plugins view in a real SWT window over the real catalogue, with Felix FileInstall watching the test
 * runtime's plugins folder as in the product: the ridge example installed through the view appears among the
 * algorithms, and "Remove" takes it away again.
 */
class PluginsViewTest {
    private static final long PICKED_UP_MILLIS = 15_000;

    private Display display;
    private PluginFolder folder;

    @BeforeEach
    void startWatcher() throws Exception {
        display = SwtWindows.display();
        Bundle watcher = Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
                .filter(b -> "org.apache.felix.fileinstall".equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("Felix FileInstall is not in the test runtime"));
        watcher.start();
        folder = Services.await(PluginCatalog.class).folder()
                .orElseThrow(() -> new AssertionError("no plugins folder: felix.fileinstall.dir is not set"));
        for (Path jar : folder.jars()) {
            Files.delete(jar);
        }
    }

    @AfterEach
    void closeShells() throws Exception {
        if (display != null) {
            Arrays.stream(display.getShells()).forEach(Shell::dispose);
        }
        if (folder != null) {
            for (Path jar : folder.jars()) {
                Files.delete(jar);
            }
        }
    }

    @Test
    void givenTheRidgeJarWhenInstalledThroughTheViewThenItIsListedAsAnAlgorithmAndRemoveTakesItAway() throws Exception {
        PluginCatalog catalog = Services.await(PluginCatalog.class);
        Path ridge = ExampleBundles.built(ExampleBundles.RIDGE);
        Shell shell = new Shell(display);
        shell.setText("Plugins");
        shell.setSize(1200, 640);
        shell.setLayout(new FillLayout());
        PluginsView view = new PluginsView(shell, catalog, () -> Optional.of(ridge));
        shell.open();
        assertTrue(row(view.installedTable(), "example.ridge").isEmpty(), "not installed before");

        view.installButton().notifyListeners(SWT.Selection, new Event());

        assertTrue(Files.isRegularFile(folder.directory().resolve(ridge.getFileName())), "copied into the folder");
        assertTrue(SwtWindows.spinUntil(display, () -> row(view.installedTable(), "example.ridge").isPresent(),
                PICKED_UP_MILLIS), "the ridge algorithm is listed within seconds; status: " + view.status());
        TableItem item = row(view.installedTable(), "example.ridge").orElseThrow();
        assertEquals("Algorithm", item.getText(0));
        assertEquals("Ridge regression (example plugin)", item.getText(2));
        assertEquals("Example Lab", item.getText(4));
        assertTrue(item.getText(5).startsWith(ExampleBundles.RIDGE + " 1.0.0"), item.getText(5));
        assertEquals("ACTIVE", item.getText(6));
        assertTrue(row(view.folderTable(), ridge.getFileName().toString()).isPresent(), "listed in the folder table");
        SwtWindows.saveScreenshot(shell, "plugins-view-ridge-installed.png");

        view.installedTable().setSelection(item);
        view.installedTable().notifyListeners(SWT.Selection, new Event());
        assertTrue(view.removeButton().isEnabled(), "a plugin from the folder can be removed");
        view.removeButton().notifyListeners(SWT.Selection, new Event());

        assertTrue(SwtWindows.spinUntil(display, () -> row(view.installedTable(), "example.ridge").isEmpty(),
                PICKED_UP_MILLIS), "the ridge algorithm is gone within seconds; status: " + view.status());
        assertEquals(0, view.folderTable().getItemCount());
    }

    /** The row whose id (installed table) or file name (folder table) is this. */
    private static Optional<TableItem> row(Table table, String key) {
        int column = table.getColumn(0).getText().equals("Kind") ? 1 : 0;
        return Arrays.stream(table.getItems()).filter(i -> key.equals(i.getText(column))).findFirst();
    }
}
