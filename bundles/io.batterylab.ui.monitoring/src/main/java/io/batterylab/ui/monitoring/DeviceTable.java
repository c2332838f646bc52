package io.batterylab.ui.monitoring;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The user's devices: the node's own status beside the detectors' verdict, in colour, with last seen and stale mark. */
final class DeviceTable {
    private static final String[] COLUMNS = {"Name", "Node id", "Node says", "Detectors say", "Risk", "Last seen",
        "Detectors"};
    private static final int[] WIDTHS = {110, 125, 85, 105, 45, 90, 110};
    private static final String STATUS = "status.";
    private static final String MIN_WIDTH = "minWidth";
    /** Room beside a header's text for the sort and resize marks of the platform. */
    private static final int HEADER_PADDING = 24;

    private final Table table;
    private final Map<String, DeviceRow> rows = new LinkedHashMap<>();

    DeviceTable(Composite parent) {
        table = table(parent, COLUMNS, WIDTHS);
        table.addListener(SWT.EraseItem, e -> keepStatusColour(e));
    }

    /**
     * A single-selection table with headers, lines and these columns (the monitoring area's tables), each at least
     * as wide as its header and the given width.
     */
    static Table table(Composite parent, String[] columns, int[] widths) {
        Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GC gc = new GC(table);
        try {
            for (int i = 0; i < columns.length; i++) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(columns[i]);
                column.setWidth(Math.max(widths[i], gc.textExtent(columns[i]).x + HEADER_PADDING));
                column.setData(MIN_WIDTH, column.getWidth());
            }
        } finally {
            gc.dispose();
        }
        return table;
    }

    /** Widens the columns whose cells are cut (a long node id or name); none gets narrower than at the start. */
    static void fitColumns(Table table) {
        for (TableColumn column : table.getColumns()) {
            int least = (Integer) column.getData(MIN_WIDTH);
            column.pack();
            column.setWidth(Math.max(least, column.getWidth()));
        }
    }

    /** A status cell keeps its colour also in the selected row (the selection would hide a DANGER). */
    private static void keepStatusColour(Event e) {
        TableItem item = (TableItem) e.item;
        if (!(item.getData(STATUS + e.index) instanceof DeviceStatus status)) {
            return;
        }
        e.gc.setBackground(StatusColors.background(status));
        e.gc.fillRectangle(e.x, e.y, e.width, e.height);
        e.gc.setForeground(StatusColors.ink());
        e.detail &= ~(SWT.SELECTED | SWT.BACKGROUND | SWT.HOT);
    }

    Table control() {
        return table;
    }

    /** Shows these devices (e.g. after loading), keeping the selection when the device is still there. */
    void show(List<DeviceRow> devices, Instant now) {
        String selected = selected().orElse(null);
        rows.clear();
        devices.forEach(row -> rows.put(row.deviceId(), row));
        table.removeAll();
        for (DeviceRow row : rows.values()) {
            fill(new TableItem(table, SWT.NONE), row, now);
        }
        fitColumns(table);
        if (selected != null) {
            select(selected);
        }
    }

    /** Applies a live sample; false when the device is not in the table. */
    boolean update(LiveEvent.Sample sample) {
        DeviceRow row = rows.get(sample.deviceId());
        if (row == null) {
            return false;
        }
        rows.put(row.deviceId(), row.with(sample));
        return true;
    }

    /** Writes every row again (statuses, "last seen" and the stale mark move with the clock). */
    void refresh(Instant now) {
        List<DeviceRow> current = new ArrayList<>(rows.values());
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length && i < current.size(); i++) {
            fill(items[i], current.get(i), now);
        }
    }

    Optional<String> selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of((String) table.getItem(index).getData());
    }

    Optional<DeviceRow> selectedRow() {
        return selected().map(rows::get);
    }

    boolean select(String deviceId) {
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length; i++) {
            if (deviceId.equals(items[i].getData())) {
                table.setSelection(i);
                return true;
            }
        }
        return false;
    }

    Optional<DeviceRow> row(String deviceId) {
        return Optional.ofNullable(rows.get(deviceId));
    }

    Optional<TableItem> item(String deviceId) {
        for (TableItem item : table.getItems()) {
            if (deviceId.equals(item.getData())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The name shown for the node id (the id itself when not claimed by this user). */
    String name(String deviceId) {
        DeviceRow row = rows.get(deviceId);
        return row == null ? deviceId : row.device().name() + " (" + deviceId + ")";
    }

    private static void fill(TableItem item, DeviceRow row, Instant now) {
        boolean stale = row.stale(now);
        item.setData(row.deviceId());
        item.setText(new String[] {row.device().name(), row.deviceId(), StatusColors.text(row.deviceStatus()),
            StatusColors.text(row.modelStatus()) + (row.disagrees() ? " ≠" : ""),
            Double.isFinite(row.risk()) ? String.format("%.2f", row.risk()) : "—", row.lastSeenText(now),
            row.detectorsText()});
        item.setData(STATUS + 2, row.deviceStatus());
        item.setData(STATUS + 3, row.modelStatus());
        item.setBackground(2, StatusColors.background(row.deviceStatus()));
        item.setForeground(2, StatusColors.ink());
        item.setBackground(3, StatusColors.background(row.modelStatus()));
        item.setForeground(3, StatusColors.ink());
        item.setForeground(5, stale ? StatusColors.stale() : null);
        item.setForeground(0, stale ? StatusColors.stale() : null);
    }
}
