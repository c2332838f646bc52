package io.batterylab.ui.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The failures of this session, newest last; listeners hear each one as it is added (on any thread). */
public final class ErrorLog {
    private static final int KEEP = 500;
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final List<Consumer<Failure>> listeners = new CopyOnWriteArrayList<>();

    public void add(Failure failure) {
        failures.add(failure);
        // a long session must not grow without bound: the oldest entries go first
        while (failures.size() > KEEP) {
            failures.remove(0);
        }
        listeners.forEach(l -> l.accept(failure));
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public void clear() {
        failures.clear();
    }

    public Runnable listen(Consumer<Failure> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
