package io.batterylab.ui.testing;

import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a service call as an Eclipse Job, off the display thread, and hands its result (or its failure) back to the
 * display thread, unless the control that asked has been disposed meanwhile.
 */
public final class UiWork {
    private UiWork() {
    }

    /** A service call that may fail. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    public static <T> Job run(String name, Control owner, Call<T> call, Consumer<? super T> onDone,
            Consumer<? super Exception> onFailure) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = call.call();
                    onDisplay(owner, () -> onDone.accept(result));
                } catch (Exception e) {
                    onDisplay(owner, () -> onFailure.accept(e));
                }
                // a failure is shown by onFailure; the job itself reports OK so that it is not shown twice
                return Status.OK_STATUS;
            }
        };
        job.setUser(false);
        job.schedule();
        return job;
    }

    private static void onDisplay(Control owner, Runnable runnable) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                runnable.run();
            }
        });
    }

    /** The message a person should read: the service's own words, else the kind of failure. */
    public static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
