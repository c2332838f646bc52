package io.batterylab.ui.testing;

import java.util.function.Function;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** A table column whose cell text (or image) is a function of the row, for the Testing area's tables. */
final class TextColumns {
    private TextColumns() {
    }

    static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width, int alignment,
            Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        });
        return column;
    }

    static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width,
            Function<T, String> text) {
        return add(viewer, rowType, title, width, SWT.NONE, text);
    }

    /** A centred column that shows an image of the row and no text. */
    static TableViewerColumn icon(TableViewer viewer, String title, int width, Function<Object, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.CENTER);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return "";
            }

            @Override
            public Image getImage(Object element) {
                return image.apply(element);
            }
        });
        return column;
    }
}
