package io.batterylab.ui.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;

/** The context menu every chart of the product has: Reset zoom, Save as PNG…, Save as SVG…. */
public final class ChartMenu {
    public static final String RESET = "Reset zoom";
    public static final String SAVE_PNG = "Save as PNG…";
    public static final String SAVE_SVG = "Save as SVG…";

    private ChartMenu() {
    }

    public static Menu attach(Control control, ChartExporter chart) {
        Menu menu = new Menu(control);
        if (chart.zoomable()) {
            item(menu, RESET, () -> chart.resetZoom());
            new MenuItem(menu, SWT.SEPARATOR);
        }
        item(menu, SAVE_PNG, () -> save(control, "png", file -> chart.savePng(file)));
        item(menu, SAVE_SVG, () -> save(control, "svg", file -> Files.writeString(file, chart.svg())));
        control.setMenu(menu);
        return menu;
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private interface Writer {
        void write(Path file) throws Exception;
    }

    private static void save(Control control, String extension, Writer writer) {
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName("chart." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension);
        try {
            writer.write(file);
        } catch (Exception e) {
            MessageBox box = new MessageBox(control.getShell(), SWT.ICON_ERROR | SWT.OK);
            box.setText("Saving the chart failed");
            box.setMessage("Could not write " + file + ": " + e.getMessage());
            box.open();
        }
    }
}
