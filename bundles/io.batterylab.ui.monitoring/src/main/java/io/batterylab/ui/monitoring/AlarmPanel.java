package io.batterylab.ui.monitoring;

import io.batterylab.monitor.Alarm;
import io.batterylab.ui.status.UiJobs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/**
 * The alarms of the Monitoring area: their table with Acknowledge, and the DANGER banner above the area while a
 * DANGER alarm is open and not acknowledged (its "Show device" selects the device and the alarm). Every service call
 * runs in a Job.
 */
final class AlarmPanel {
    static final int MAX_ALARMS = 200;

    private final MonitoringServices services;
    private final Composite root;
    private final DangerBanner banner;
    private final Function<String, String> deviceName;
    private final AlarmTable alarms;
    private final Button acknowledge;
    private final DangerWatch danger = new DangerWatch();
    private int loads;

    /**
     * @param showDevice selects the device of that id in the area and draws its curves
     */
    AlarmPanel(Composite parent, DangerBanner banner, MonitoringServices services, Function<String, String> deviceName,
            Consumer<String> showDevice) {
        this.services = services;
        this.banner = banner;
        this.deviceName = deviceName;
        Group group = new Group(parent, SWT.NONE);
        root = group;
        group.setText("Alarms (newest first)");
        group.setLayout(new GridLayout(1, false));
        alarms = new AlarmTable(group);
        alarms.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        acknowledge = new Button(group, SWT.PUSH);
        acknowledge.setText("Acknowledge");
        acknowledge.addListener(SWT.Selection, e -> alarms.selected().ifPresent(a -> acknowledge(a.id())));
        alarms.control().addListener(SWT.Selection, e -> enableAcknowledge());
        banner.acknowledgeButton().addListener(SWT.Selection,
                e -> danger.newest().ifPresent(open -> acknowledge(open.getKey())));
        banner.showButton().addListener(SWT.Selection, e -> danger.newest().ifPresent(open -> {
            alarms.select(open.getKey());
            enableAcknowledge();
            showDevice.accept(open.getValue());
        }));
        enableAcknowledge();
    }

    /** Takes the alarms as stored when the area opens: open DANGER ones show in the banner, without a beep. */
    void load(List<Alarm> stored) {
        danger.load(stored);
        show(stored);
    }

    /** Loads the alarms again. */
    void reload() {
        loads++;
        UiJobs.schedule(root, "Load your alarms", monitor -> services.monitor().stores().alarms()
                .list(services.userId(), null, false, MAX_ALARMS), this::show);
    }

    /**
     * Takes live alarm changes: the banner follows at once, the table after a reload.
     *
     * @return whether one of them is a new DANGER (beep)
     */
    boolean take(List<LiveEvent.AlarmChange> changes) {
        boolean beep = false;
        for (LiveEvent.AlarmChange change : changes) {
            beep |= danger.update(change);
        }
        showBanner();
        reload();
        return beep;
    }

    private void show(List<Alarm> list) {
        alarms.show(list, deviceName);
        danger.reconcile(list);
        enableAcknowledge();
        showBanner();
    }

    private void showBanner() {
        Optional<Map.Entry<Long, String>> newest = danger.newest();
        if (newest.isEmpty()) {
            banner.setVisible(false, "");
            return;
        }
        String detectors = alarms.alarms().stream().filter(a -> a.id() == newest.get().getKey()).findFirst()
                .map(a -> " by " + String.join(", ", a.detectors()) + " at " + AlarmTable.TIME.format(a.raisedAt())
                        .substring(11))
                .orElse("");
        int more = danger.openCount() - 1;
        banner.setVisible(true, "DANGER — " + deviceName.apply(newest.get().getValue())
                + ": thermal runaway suspected" + detectors + ". Act now, then acknowledge."
                + (more > 0 ? " (" + more + " more DANGER alarms open)" : ""));
    }

    private void enableAcknowledge() {
        acknowledge.setEnabled(alarms.selected().map(a -> a.state() == Alarm.State.RAISED).orElse(false));
    }

    private void acknowledge(long alarmId) {
        UiJobs.schedule(root, "Acknowledge alarm " + alarmId, monitor -> services.monitor()
                .acknowledge(services.userId(), alarmId), done -> reload());
    }

    List<Alarm> alarms() {
        return alarms.alarms();
    }

    boolean select(long alarmId) {
        boolean found = alarms.select(alarmId);
        enableAcknowledge();
        return found;
    }

    Button acknowledgeButton() {
        return acknowledge;
    }

    int loads() {
        return loads;
    }
}
