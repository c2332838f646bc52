package io.batterylab.events;

import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Job events within one process: listeners are kept per user, so a publish reaches only that user's listeners.
 * Subscriptions change rarely compared with publishes (one per epoch or log line), hence copy-on-write lists.
 */
public class InMemoryJobEvents implements JobEvents {
    private static final System.Logger LOG = System.getLogger(InMemoryJobEvents.class.getName());

    private final Map<Long, CopyOnWriteArrayList<Consumer<JobEvent>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(long userId, JobEvent event) {
        Objects.requireNonNull(event, "event");
        var userListeners = listeners.get(userId);
        if (userListeners == null) {
            return;
        }
        for (Consumer<JobEvent> listener : userListeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // One broken listener (e.g. a closed stream) must not keep the event from the others.
                LOG.log(System.Logger.Level.WARNING, "job event listener failed: " + e, e);
            }
        }
    }

    @Override
    public Subscription subscribe(long userId, Consumer<JobEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(userId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** A user's list is removed with its last listener, so an entry means someone listens. */
    @Override
    public boolean hasSubscribers(long userId) {
        return listeners.containsKey(userId);
    }

    /** Number of users with at least one listener; for tests and diagnostics. */
    public int subscribedUsers() {
        return listeners.size();
    }
}
