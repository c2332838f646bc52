package io.batterylab.ui.analysis;

import java.util.List;
import java.util.function.Function;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** A read-only table of rows of one type, one column per text function. */
class ResultTable<T> {
    private final TableViewer viewer;
    private final Class<T> type;

    ResultTable(Composite parent, Class<T> type) {
        this.type = type;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    ResultTable<T> column(String title, int width, int align, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
        return this;
    }

    void show(List<T> rows) {
        viewer.setInput(rows);
    }

    Table table() {
        return viewer.getTable();
    }
}
