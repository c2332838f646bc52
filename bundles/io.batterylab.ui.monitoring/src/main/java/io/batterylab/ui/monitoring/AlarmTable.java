package io.batterylab.ui.monitoring;

import io.batterylab.core.detection.Channels;
import io.batterylab.monitor.Alarm;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The user's alarms, newest first: when, device, severity, state, detectors, risk and the values that raised it. */
final class AlarmTable {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String[] COLUMNS = {"Raised", "Device", "Severity", "State", "Detectors", "Risk", "Values"};
    private static final int[] WIDTHS = {140, 230, 75, 195, 110, 50, 520};
    /** The channels a safety engineer reads first; the others follow by name. */
    private static final List<String> FIRST = List.of(Channels.TEMP_INTERNAL, Channels.TEMP_AMBIENT,
            Channels.VOC_INDEX, Channels.SMOKE);

    private final Table table;
    private List<Alarm> alarms = List.of();

    AlarmTable(Composite parent) {
        table = DeviceTable.table(parent, COLUMNS, WIDTHS);
    }

    Table control() {
        return table;
    }

    void show(List<Alarm> shown, Function<String, String> deviceName) {
        Long selected = selected().map(Alarm::id).orElse(null);
        alarms = List.copyOf(shown);
        table.removeAll();
        for (Alarm alarm : alarms) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(alarm.id());
            item.setText(new String[] {TIME.format(alarm.raisedAt()), deviceName.apply(alarm.deviceId()),
                alarm.severity().name(), state(alarm), String.join(", ", alarm.detectors()),
                Double.isFinite(alarm.risk()) ? String.format("%.2f", alarm.risk()) : "—", values(alarm.values())});
            if (alarm.state() == Alarm.State.RAISED) {
                item.setBackground(2, StatusColors.background(alarm.severity()));
                item.setForeground(2, StatusColors.ink());
            }
            if (selected != null && selected == alarm.id()) {
                table.setSelection(item);
            }
        }
        DeviceTable.fitColumns(table);
    }

    List<Alarm> alarms() {
        return alarms;
    }

    Optional<Alarm> selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= alarms.size() ? Optional.empty() : Optional.of(alarms.get(index));
    }

    boolean select(long alarmId) {
        for (int i = 0; i < alarms.size(); i++) {
            if (alarms.get(i).id() == alarmId) {
                table.setSelection(i);
                return true;
            }
        }
        return false;
    }

    private static String state(Alarm alarm) {
        return switch (alarm.state()) {
            case RAISED -> "OPEN — not acknowledged";
            case ACKNOWLEDGED -> "acknowledged " + TIME.format(alarm.acknowledgedAt()).substring(11);
            case CLEARED -> "cleared " + TIME.format(alarm.clearedAt()).substring(11);
        };
    }

    private static String values(Map<String, Double> values) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        FIRST.stream().filter(values::containsKey).forEach(name -> ordered.put(name, values.get(name)));
        ordered.putAll(new TreeMap<>(values));
        return ordered.entrySet().stream().map(e -> e.getKey() + " " + String.format("%.4g", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
