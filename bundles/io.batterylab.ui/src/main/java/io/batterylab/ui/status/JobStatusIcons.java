package io.batterylab.ui.status;

import io.batterylab.core.training.JobStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The status icons of the job tables (training and test jobs): one image per {@link JobStatusLook} and display,
 * disposed with the display, and the status word as the tooltip of the icon under the mouse.
 */
public final class JobStatusIcons {
    private static final String KEY = JobStatusIcons.class.getName();

    private JobStatusIcons() {
    }

    public static Image image(Display display, JobStatus status) {
        @SuppressWarnings("unchecked")
        Map<JobStatusLook, Image> images = (Map<JobStatusLook, Image>) display.getData(KEY);
        if (images == null) {
            Map<JobStatusLook, Image> created = new EnumMap<>(JobStatusLook.class);
            display.setData(KEY, created);
            display.disposeExec(() -> created.values().forEach(Image::dispose));
            images = created;
        }
        return images.computeIfAbsent(JobStatusLook.of(status), look -> ImageDescriptor
                .createFromURL(JobStatusIcons.class.getResource(look.iconPath())).createImage(display));
    }

    /** Shows the status as its icon in the column; the word is the tooltip (see {@link #tooltips}). */
    public static void show(TableItem item, int column, JobStatus status) {
        item.setImage(column, image(item.getDisplay(), status));
        item.setText(column, "");
    }

    /** While the mouse is over a status icon of the column, the table's tooltip is that status's word. */
    public static void tooltips(Table table, int column, Function<TableItem, JobStatus> statusOf) {
        table.addListener(SWT.MouseMove, e -> table.setToolTipText(tooltipAt(table, column, statusOf, e.x, e.y)));
        table.addListener(SWT.MouseExit, e -> table.setToolTipText(null));
    }

    /** The tooltip at a point of the table: the status word over the status column, else none. */
    public static String tooltipAt(Table table, int column, Function<TableItem, JobStatus> statusOf, int x, int y) {
        TableItem item = table.getItem(new Point(x, y));
        if (item == null || !item.getBounds(column).contains(x, y)) {
            return null;
        }
        JobStatus status = statusOf.apply(item);
        return status == null ? null : JobStatusLook.of(status).word();
    }
}
