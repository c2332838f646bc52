package io.batterylab.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryJobEventsTest {
    private final InMemoryJobEvents bus = new InMemoryJobEvents();

    private static JobEvent event(long jobId) {
        return new JobEvent(JobEvent.STATUS, jobId, null, Instant.EPOCH, Map.of("status", "RUNNING"));
    }

    @Test
    void givenTwoUsersSubscribedWhenOneUsersJobPublishesThenOnlyThatUserHearsIt() {
        List<JobEvent> alice = new ArrayList<>();
        List<JobEvent> bob = new ArrayList<>();
        bus.subscribe(1, alice::add);
        bus.subscribe(2, bob::add);

        bus.publish(1, event(7));

        assertEquals(List.of(event(7)), alice);
        assertTrue(bob.isEmpty());
    }

    @Test
    void givenClosedSubscriptionWhenPublishedThenListenerHearsNothingAndUserIsForgotten() {
        List<JobEvent> heard = new ArrayList<>();
        Subscription subscription = bus.subscribe(1, heard::add);

        subscription.close();
        subscription.close();
        bus.publish(1, event(7));

        assertTrue(heard.isEmpty());
        assertEquals(0, bus.subscribedUsers());
    }

    @Test
    void givenFailingListenerWhenPublishedThenOtherListenersStillHearIt() {
        List<JobEvent> heard = new ArrayList<>();
        bus.subscribe(1, e -> {
            throw new IllegalStateException("stream closed");
        });
        bus.subscribe(1, heard::add);

        bus.publish(1, event(3));

        assertEquals(1, heard.size());
    }

    @Test
    void givenSubscriptionOfOneUser_whenAskedWhoListens_thenOnlyThatUserUntilItIsClosed() {
        Subscription subscription = bus.subscribe(1, e -> {
        });

        assertTrue(bus.hasSubscribers(1));
        assertFalse(bus.hasSubscribers(2));
        subscription.close();
        assertFalse(bus.hasSubscribers(1));
    }
}
