package io.batterylab.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The per-battery errors of one target, sortable by any column (click a header; again to reverse) to find the hard
 * cells. Selecting a row shows that cell's curves.
 */
final class BatteryErrorTable {
    private final TableViewer viewer;
    private List<BatteryErrorRow> rows = List.of();
    private BatteryErrorRow.Column sortedBy = BatteryErrorRow.Column.RMSE;
    private boolean descending = true;

    BatteryErrorTable(Composite parent, Consumer<BatteryErrorRow> onSelect) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (BatteryErrorRow.Column c : BatteryErrorRow.Column.values()) {
            column(c);
        }
        viewer.addSelectionChangedListener(e -> {
            Object row = viewer.getStructuredSelection().getFirstElement();
            if (row != null) {
                onSelect.accept((BatteryErrorRow) row);
            }
        });
    }

    private void column(BatteryErrorRow.Column c) {
        boolean name = c == BatteryErrorRow.Column.BATTERY;
        TableViewerColumn column = TextColumns.add(viewer, BatteryErrorRow.class, c.title(), name ? 100 : 62,
                name ? SWT.LEFT : SWT.RIGHT, r -> text(r, c));
        column.getColumn().addListener(SWT.Selection, e -> sortBy(c, c == sortedBy ? !descending : !name));
    }

    static String text(BatteryErrorRow r, BatteryErrorRow.Column c) {
        return switch (c) {
            case BATTERY -> r.battery();
            case ROWS -> Integer.toString(r.rows());
            case RMSE -> MetricCards.number(r.rmse());
            case MAE -> MetricCards.number(r.mae());
            case R2 -> MetricCards.number(r.r2());
            case RMSPE -> MetricCards.number(r.rmspe());
            case SKIPPED -> Integer.toString(r.rowsSkipped());
        };
    }

    void show(List<BatteryErrorRow> rows) {
        this.rows = List.copyOf(rows);
        sortBy(sortedBy, descending);
    }

    void sortBy(BatteryErrorRow.Column column, boolean descending) {
        this.sortedBy = column;
        this.descending = descending;
        List<BatteryErrorRow> sorted = new ArrayList<>(rows);
        sorted.sort(column.order(descending));
        viewer.setInput(sorted);
        Table table = viewer.getTable();
        TableColumn header = table.getColumn(column.ordinal());
        table.setSortColumn(header);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
    }

    void select(long batteryId) {
        for (BatteryErrorRow r : rows) {
            if (r.batteryId() == batteryId) {
                viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true);
            }
        }
    }

    Table table() {
        return viewer.getTable();
    }
}
