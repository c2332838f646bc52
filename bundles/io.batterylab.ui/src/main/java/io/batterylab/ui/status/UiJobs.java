package io.batterylab.ui.status;

import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Long work off the UI thread as an Eclipse {@link Job}: the result is handed to the UI thread (unless
 * the owning control is gone by then) and a failure goes to the {@link FailureReporter}. Jobs belong to
 * their owner control, so a part can cancel its jobs with {@code Job.getJobManager().cancel(owner)}.
 */
public final class UiJobs {
    private UiJobs() {
    }

    /** Work that may take long; it should check the monitor for cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    public static <T> Job schedule(Control owner, String name, Work<T> work, Consumer<T> onUi) {
        FailureReporter reporter = FailureReporter.of(owner.getDisplay());
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = work.run(monitor);
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    if (!owner.isDisposed()) {
                        owner.getDisplay().asyncExec(() -> deliver(owner, name, result, onUi, reporter));
                    }
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (Exception | LinkageError e) {
                    reporter.report(name, e);
                    // the reporter has told the user; an error status would make the job manager log it twice
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == owner;
            }
        };
        job.setUser(false);
        job.schedule();
        return job;
    }

    private static <T> void deliver(Control owner, String name, T result, Consumer<T> onUi, FailureReporter reporter) {
        if (owner.isDisposed()) {
            return;
        }
        try {
            onUi.accept(result);
        } catch (RuntimeException e) {
            reporter.report(name, e);
        }
    }
}
