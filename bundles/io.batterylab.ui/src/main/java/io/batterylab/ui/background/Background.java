package io.batterylab.ui.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Service calls off the display thread: each runs as an Eclipse Job (visible in the progress view), its result is
 * handed to the display thread, a failure goes to the reporter with what was being done.
 */
public final class Background {
    /** Hears that a piece of work failed, on the display thread. */
    @FunctionalInterface
    public interface Failures {
        void failed(String what, Throwable why);
    }

    private final Display display;
    private final Failures failures;

    public Background(Display display, Failures failures) {
        this.display = display;
        this.failures = failures;
    }

    public <T> void run(String what, Callable<T> work, Consumer<T> onDisplay) {
        Job job = Job.create(what, monitor -> {
            try {
                T result = work.call();
                ui(() -> onDisplay.accept(result));
            } catch (Exception | LinkageError e) {
                ui(() -> failures.failed(what, e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /** Runs on the display thread unless the display is gone (the workbench is closing). */
    public void ui(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }
}
