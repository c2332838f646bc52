package io.batterylab.ui.tests;

import io.batterylab.ui.testing.ExportFlow;
import io.batterylab.ui.testing.TestJobsView;
import io.batterylab.ui.testing.TestResultView;
import io.batterylab.ui.testing.TestingServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The Testing area laid out as in the workbench (test jobs above, results below) in a real open window on the real
 * services; Export… saves into a folder instead of asking, and the saved files are kept.
 */
final class TestingWindow {
    final Shell shell;
    final TestJobsView jobs;
    final TestResultView result;
    final List<Path> saved = new CopyOnWriteArrayList<>();

    TestingWindow(Display display, TestingServices services, Path saveFolder) {
        shell = new Shell(display);
        shell.setText("Testing");
        shell.setSize(1400, 900);
        shell.setLayout(new FillLayout());
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        jobs = new TestJobsView(sash, services);
        result = new TestResultView(sash, services, new ExportFlow(services,
                (s, format, name) -> Optional.of(saveFolder.resolve(name)), (s, file) -> saved.add(file)));
        sash.setWeights(25, 75);
        jobs.onOpen(job -> result.show(job.id()));
        shell.open();
    }
}
