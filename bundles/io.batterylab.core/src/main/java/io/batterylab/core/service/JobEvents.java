package io.batterylab.core.service;

import java.util.function.Consumer;

/**
 * The live event bus of jobs, per user: a listener hears only the events of the user it subscribed for. Events are
 * not stored; a subscriber sees what is published while it is subscribed.
 */
public interface JobEvents {
    /** Hands the event to every current subscriber of the user; never throws because of a listener. */
    void publish(long userId, JobEvent event);

    /**
     * @param listener called on the publishing thread; it must return quickly (queue the event if it needs to do
     *        slow work)
     * @return close it to stop listening
     */
    Subscription subscribe(long userId, Consumer<JobEvent> listener);

    /**
     * Whether anyone listens to the user's events now, so that a publisher of many events (the monitor: one per
     * sample of every device) need not make those nobody would hear. True unless the bus knows better.
     *
     * @since 1.1
     */
    default boolean hasSubscribers(long userId) {
        return true;
    }

    /** An active subscription; closing it more than once is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
