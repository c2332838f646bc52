package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.User;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UserService;
import io.batterylab.test.support.Services;
import io.batterylab.ui.browser.BatteryBrowser;
import io.batterylab.ui.data.BatteryDataView;
import io.batterylab.ui.login.LoginDialog;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's first steps in real SWT windows (under Xvfb in CI) on the real services: register in the
 * login dialog, pick a built-in cell in the browser, see its points in the chart and its statistics.
 */
class WorkbenchFlowTest {
    private Display display;

    @BeforeEach
    void needsDisplay() {
        display = SwtWindows.display();
    }

    @AfterEach
    void closeShells() {
        if (display != null) {
            Arrays.stream(display.getShells()).forEach(Shell::dispose);
        }
    }

    @Test
    void givenFreshWorkspaceWhenUserRegistersAndSelectsACellThenChartShowsAllItsPoints() throws Exception {
        UserService users = Services.await(UserService.class);
        BatteryService batteries = Services.await(BatteryService.class);
        AnalysisService analysis = Services.await(AnalysisService.class);
        Services.await(BuiltInDataService.class).ensureLoaded(Progress.none());

        User user = registerThroughTheDialog(users, "ui-tester-" + System.nanoTime(), "violet ferns hum 42");

        Shell shell = new Shell(display);
        shell.setSize(1400, 900);
        shell.setLayout(new FillLayout());
        BatteryBrowser browser = new BatteryBrowser(shell, filter -> batteries.list(user.id(), filter));
        BatteryDataView view = new BatteryDataView(shell);
        browser.onSelection(b -> view.show(b, batteries.cycles(user.id(), b.id()),
                analysis.statistics(user.id(), List.of(b.id()), 20), analysis.trend(user.id(), b.id()).orElse(null)));
        shell.open();
        browser.refresh();
        assertEquals(124, browser.listedCount(), "all built-in cells are listed");

        Battery cell = batteries.list(user.id(), BatteryFilter.all()).get(0);
        assertTrue(browser.select(cell.name()), "cell " + cell.name() + " can be selected");
        spin();

        List<CycleRecord> rows = batteries.cycles(user.id(), cell.id());
        ISeries<?> plotted = view.plottedSeries();
        assertNotNull(plotted, "the chart has a series for the selected cell");
        assertEquals(rows.size(), plotted.getXSeries().length, "one point per cycle with a PCL value");
        assertEquals(rows.get(0).cycle(), plotted.getXSeries()[0]);
        assertEquals(rows.get(0).pcl() * 100, plotted.getYSeries()[0], 1e-9);
        assertEquals(10, view.statisticsRowCount(), "statistics of 8 features, RUL and PCL");
        CapacityTrend trend = analysis.trend(user.id(), cell.id()).orElseThrow();
        assertNotNull(view.chart().getSeriesSet().getSeries("fade-fit"), "the fitted fade curve is drawn over PCL");
        if (trend.kneeCycle() != null) {
            assertEquals(trend.kneeCycle().doubleValue(), view.chart().getSeriesSet().getSeries("knee").getXSeries()[0]);
        }
        saveScreenshot(shell, "data-view-pcl.png");

        view.plotColumn("t_avg");
        assertEquals(rows.size(), view.plottedSeries().getXSeries().length);

        browser.nameFilter().setText("no such battery name");
        assertEquals(0, browser.listedCount());
        saveScreenshot(shell, "workbench-flow-filtered.png");
    }

    private User registerThroughTheDialog(UserService users, String name, String password) {
        LoginDialog dialog = new LoginDialog(null, users);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.usernameField().setText(name);
        dialog.passwordField().setText("password");
        press(dialog.getShell(), "Register");
        spin();
        assertEquals("Password is too easy to guess. This is a top-10 common password. Add another word or two."
                + " Uncommon words are better.", dialog.getErrorMessage(), "the service's reason is shown");
        assertFalse(dialog.getShell().isDisposed(), "a refused registration leaves the dialog open");
        dialog.passwordField().setText(password);
        press(dialog.getShell(), "Register");
        spin();
        assertEquals(Window.OK, dialog.getReturnCode(), "registration closes the dialog");
        assertEquals(name, dialog.user().username());
        return dialog.user();
    }

    private static void press(Composite root, String label) {
        Button button = find(root, label);
        assertNotNull(button, "button '" + label + "'");
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static Button find(Composite root, String label) {
        for (Control c : root.getChildren()) {
            if (c instanceof Button b && label.equals(b.getText())) {
                return b;
            }
            if (c instanceof Composite comp) {
                Button found = find(comp, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void spin() {
        SwtWindows.spin(display);
    }

    private void saveScreenshot(Shell shell, String name) throws Exception {
        SwtWindows.saveScreenshot(shell, name);
    }
}
