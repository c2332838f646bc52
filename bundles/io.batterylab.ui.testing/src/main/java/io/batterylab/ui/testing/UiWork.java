package io.batterylab.ui.testing;

import io.batterylab.ui.status.FailureReporter;
import io.batterylab.ui.status.UiJobs;
import java.util.function.Consumer;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * A service call run by the workbench's {@link UiJobs} (an Eclipse Job, result back on the display thread) whose
 * failure is shown where the person is looking (a dialog's message line, a view's status) instead of a second
 * dialog; it is still recorded through the {@link FailureReporter}, so the status line and the Error Log keep it.
 */
public final class UiWork {
    private UiWork() {
    }

    /** A service call that may fail. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    private record Outcome<T>(T value, Exception failure) {
    }

    public static <T> Job run(String what, Control owner, Call<T> call, Consumer<? super T> onDone,
            Consumer<? super Exception> onFailure) {
        FailureReporter reporter = FailureReporter.of(owner.getDisplay());
        return UiJobs.schedule(owner, what, monitor -> {
            try {
                return new Outcome<T>(call.call(), null);
            } catch (Exception e) {
                reporter.record(what, e);
                return new Outcome<T>(null, e);
            }
        }, outcome -> {
            if (outcome.failure() == null) {
                onDone.accept(outcome.value());
            } else {
                onFailure.accept(outcome.failure());
            }
        });
    }

    /** The message a person should read: the service's own words, else the kind of failure. */
    public static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
