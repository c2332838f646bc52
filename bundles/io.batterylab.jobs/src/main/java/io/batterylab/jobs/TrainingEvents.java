package io.batterylab.jobs;

import io.batterylab.core.training.TrainingEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands training events to whoever listens (workbench, REST streams); a failing listener hurts no one else. */
public final class TrainingEvents {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingEvents.class);
    private final List<Consumer<TrainingEvent>> listeners = new CopyOnWriteArrayList<>();

    public AutoCloseable listen(Consumer<TrainingEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publish(TrainingEvent event) {
        for (Consumer<TrainingEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("training event listener failed on {}", event, e);
            }
        }
    }
}
