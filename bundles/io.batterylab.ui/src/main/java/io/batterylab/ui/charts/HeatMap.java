package io.batterylab.ui.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A square matrix in [-1, 1] (correlations) as coloured cells on the {@link DivergingScale}, the value
 * written in each cell ("–" when missing) and a colour legend on the right. SWTChart has no heat map.
 */
public class HeatMap extends Canvas implements ChartExporter {
    private static final int LEGEND_WIDTH = 90;
    private final Font titleFont;
    private String title = "";
    private List<String> labels = List.of();
    private double[][] matrix = new double[0][0];

    public HeatMap(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        FontData data = getDisplay().getSystemFont().getFontData()[0];
        titleFont = new Font(getDisplay(), data.getName(), data.getHeight() + 2, SWT.BOLD);
        addDisposeListener(e -> titleFont.dispose());
        addPaintListener(e -> paint(e.gc, getClientArea()));
        addListener(SWT.MouseMove, e -> setToolTipText(valueAt(e.x, e.y)));
        ChartMenu.attach(this, this);
    }

    public void show(String newTitle, List<String> newLabels, double[][] newMatrix) {
        title = newTitle;
        labels = List.copyOf(newLabels);
        matrix = newMatrix;
        redraw();
    }

    public String title() {
        return title;
    }

    public List<String> labels() {
        return labels;
    }

    /** The value in row i, column j (NaN when missing), as drawn. */
    public double value(int i, int j) {
        return matrix[i][j];
    }

    /** The text written in the cell. */
    public static String cellText(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private record Geometry(int left, int top, int cell) {
        int index(int pixel, int origin) {
            return cell == 0 || pixel < origin ? -1 : (pixel - origin) / cell;
        }
    }

    private Geometry geometry(GC gc, Rectangle area) {
        int labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, gc.textExtent(label).x);
        }
        int left = labelWidth + 16;
        int top = 40;
        int n = Math.max(1, labels.size());
        int cell = Math.max(0, Math.min((area.width - left - LEGEND_WIDTH) / n, (area.height - top - labelWidth - 24) / n));
        return new Geometry(left, top, cell);
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(titleFont);
        Point t = gc.textExtent(title);
        gc.drawText(title, Math.max(4, (area.width - t.x) / 2), 8, true);
        gc.setFont(getFont());
        Geometry g = geometry(gc, area);
        int n = labels.size();
        for (int i = 0; i < n; i++) {
            Point extent = gc.textExtent(labels.get(i));
            gc.drawText(labels.get(i), g.left() - 8 - extent.x, g.top() + i * g.cell() + (g.cell() - extent.y) / 2, true);
            for (int j = 0; j < n; j++) {
                cell(gc, g.left() + j * g.cell(), g.top() + i * g.cell(), g.cell(), matrix[i][j]);
            }
            columnLabel(gc, labels.get(i), g.left() + i * g.cell() + g.cell() / 2, g.top() + n * g.cell() + 6);
        }
        legend(gc, g.left() + n * g.cell() + 24, g.top(), n * g.cell());
    }

    private void cell(GC gc, int x, int y, int size, double v) {
        gc.setBackground(new Color(DivergingScale.colour(v)));
        gc.fillRectangle(x, y, size, size);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.drawRectangle(x, y, size, size);
        String text = cellText(v);
        Point extent = gc.textExtent(text);
        gc.setForeground(getDisplay().getSystemColor(DivergingScale.needsLightText(v) ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
        gc.drawText(text, x + (size - extent.x) / 2, y + (size - extent.y) / 2, true);
    }

    private void columnLabel(GC gc, String label, int x, int y) {
        Transform rotate = new Transform(getDisplay());
        rotate.translate(x, y);
        rotate.rotate(90);
        gc.setTransform(rotate);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(label, 0, -gc.textExtent(label).y / 2, true);
        gc.setTransform(null);
        rotate.dispose();
    }

    private void legend(GC gc, int x, int y, int height) {
        if (height <= 0) {
            return;
        }
        for (int k = 0; k < height; k++) {
            gc.setForeground(new Color(DivergingScale.colour(1 - 2.0 * k / height)));
            gc.drawLine(x, y + k, x + 16, y + k);
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (double v : new double[] { 1, 0.5, 0, -0.5, -1 }) {
            int py = y + (int) Math.round((1 - v) / 2 * height);
            gc.drawLine(x + 16, py, x + 20, py);
            gc.drawText(AxisTicks.label(v), x + 23, py - gc.getFontMetrics().getHeight() / 2, true);
        }
        gc.setBackground(new Color(DivergingScale.MISSING));
        gc.fillRectangle(x, y + height + 22, 16, 12);
        gc.drawText("missing", x + 23, y + height + 20, true);
    }

    /** "row × column: 0.83" under the mouse, or null outside the cells. */
    public String valueAt(int x, int y) {
        GC gc = new GC(this);
        Geometry g = geometry(gc, getClientArea());
        gc.dispose();
        int i = g.index(y, g.top());
        int j = g.index(x, g.left());
        if (i < 0 || j < 0 || i >= labels.size() || j >= labels.size()) {
            return null;
        }
        return labels.get(i) + " × " + labels.get(j) + ": " + cellText(matrix[i][j]);
    }

    @Override
    public boolean zoomable() {
        return false;
    }

    @Override
    public void resetZoom() {
        // a heat map shows the whole matrix; there is nothing to reset
    }

    @Override
    public void savePng(Path file) {
        Rectangle area = getClientArea();
        Image image = new Image(getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
        GC gc = new GC(image);
        gc.setBackground(getBackground());
        gc.fillRectangle(0, 0, area.width, area.height);
        gc.setFont(getFont());
        paint(gc, area);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
    }

    @Override
    public String svg() {
        return HeatMapSvg.write(title, labels, matrix);
    }
}
