package io.batterylab.ui.monitoring;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.Alarm;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which DANGER alarms are open and not acknowledged (the banner shows while there is one) and which of them are new
 * (those beep once). An alarm that escalates to DANGER counts as new.
 */
public final class DangerWatch {
    private final Map<Long, String> open = new LinkedHashMap<>();
    private final Set<Long> announced = new HashSet<>();

    /** Takes the alarms as stored on opening: open DANGER ones show, without a beep. */
    public void load(List<Alarm> alarms) {
        alarms.forEach(alarm -> announced.add(alarm.id()));
        reconcile(alarms);
    }

    /**
     * Takes the alarms as stored now (after a reload): the open DANGER ones are those of the list; an alarm the
     * events have not told of yet still beeps when they do.
     */
    public void reconcile(List<Alarm> alarms) {
        open.clear();
        for (Alarm alarm : alarms.reversed()) { // newest first: the newest goes in last
            if (alarm.severity() == DeviceStatus.DANGER && alarm.state() == Alarm.State.RAISED) {
                open.put(alarm.id(), alarm.deviceId());
            }
        }
    }

    /** @return true when this change is a DANGER not announced before: beep and show the banner */
    public boolean update(LiveEvent.AlarmChange change) {
        if (change.state() != Alarm.State.RAISED || change.severity() != DeviceStatus.DANGER) {
            open.remove(change.alarmId());
            return false;
        }
        open.put(change.alarmId(), change.deviceId());
        return announced.add(change.alarmId());
    }

    public boolean anyOpen() {
        return !open.isEmpty();
    }

    /** The newest open DANGER alarm: id and device. */
    public Optional<Map.Entry<Long, String>> newest() {
        return open.entrySet().stream().reduce((first, second) -> second);
    }

    public int openCount() {
        return open.size();
    }
}
