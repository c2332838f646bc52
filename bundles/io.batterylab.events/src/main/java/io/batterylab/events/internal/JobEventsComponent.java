package io.batterylab.events.internal;

import io.batterylab.core.service.JobEvents;
import io.batterylab.events.InMemoryJobEvents;
import org.osgi.service.component.annotations.Component;

/** Offers the in-process job event bus; job runners publish into it, the workbench and REST subscribe. */
@Component(service = JobEvents.class)
public final class JobEventsComponent extends InMemoryJobEvents {
}
