package io.batterylab.monitor;

/** What the monitor tells live listeners (the event bus, the workbench); each event names the user it belongs to. */
public sealed interface MonitorEvent {
    long userId();

    /** A stored sample with its window's verdict (modelStatus null while the window fills). */
    record SampleReceived(long userId, StoredSample sample) implements MonitorEvent {
    }

    record AlarmChanged(long userId, Alarm alarm) implements MonitorEvent {
    }

    record CorrectionSent(long userId, Correction correction) implements MonitorEvent {
    }
}
