package io.batterylab.ui.status;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The one way the workbench reports a failure: it goes to the {@link ErrorLog} (which the Error Log
 * part and the status line show) and, unless told to stay quiet, a dialog says what went wrong. Safe
 * to call from any thread. One reporter per display, so charts, jobs and parts share it.
 */
public final class FailureReporter {
    private static final String KEY = FailureReporter.class.getName();
    private static final System.Logger LOG = System.getLogger(FailureReporter.class.getName());
    private final Display display;
    private final ErrorLog log = new ErrorLog();

    private FailureReporter(Display display) {
        this.display = display;
    }

    /** The reporter of this display (created on first use; call on the UI thread the first time). */
    public static FailureReporter of(Display display) {
        Object existing = display.getData(KEY);
        if (existing instanceof FailureReporter reporter) {
            return reporter;
        }
        FailureReporter reporter = new FailureReporter(display);
        display.setData(KEY, reporter);
        return reporter;
    }

    public ErrorLog log() {
        return log;
    }

    /** Logs the failure and tells the user in a dialog (not blocking the caller). */
    public Failure report(String what, Throwable error) {
        Failure failure = record(what, error);
        display.asyncExec(() -> showDialog(failure));
        return failure;
    }

    /** Logs the failure without a dialog: the status line and the Error Log still show it. */
    public Failure record(String what, Throwable error) {
        Failure failure = Failure.of(what, error);
        LOG.log(System.Logger.Level.WARNING, failure.summary(), error);
        log.add(failure);
        return failure;
    }

    private void showDialog(Failure failure) {
        if (display.isDisposed()) {
            return;
        }
        Shell parent = display.getActiveShell();
        MessageDialog dialog = new MessageDialog(parent, failure.what() + " failed", null,
                failure.summary() + "\n\nThe Error Log (Window › Error Log) keeps the details.", MessageDialog.ERROR, 0,
                "OK");
        // not blocking: a report from a job must never stall the event loop it was posted to
        dialog.setBlockOnOpen(false);
        dialog.open();
    }
}
