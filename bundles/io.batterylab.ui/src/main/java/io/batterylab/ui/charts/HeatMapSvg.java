package io.batterylab.ui.charts;

import java.util.List;
import java.util.Locale;
import org.eclipse.swt.graphics.RGB;

/** Writes a square matrix in [-1, 1] (e.g. correlations) as an SVG heat map with values and legend. */
public final class HeatMapSvg {
    private static final int CELL = 48;
    private static final int LEFT = 170;
    private static final int TOP = 50;
    private static final RGB INK = new RGB(0x20, 0x20, 0x20);
    private static final RGB WHITE = new RGB(0xFF, 0xFF, 0xFF);

    private HeatMapSvg() {
    }

    public static String write(String title, List<String> labels, double[][] matrix) {
        int n = labels.size();
        int bottom = TOP + n * CELL;
        SvgDocument svg = new SvgDocument(LEFT + n * CELL + 140, bottom + 170);
        svg.text(LEFT + n * CELL / 2.0, 30, title, "middle", 16, INK, 0);
        for (int i = 0; i < n; i++) {
            svg.text(LEFT - 8, TOP + i * CELL + CELL / 2.0 + 4, labels.get(i), "end", 12, INK, 0);
            svg.text(LEFT + i * CELL + CELL / 2.0 + 4, bottom + 8, labels.get(i), "end", 12, INK, -60);
            for (int j = 0; j < n; j++) {
                double v = matrix[i][j];
                svg.rect(LEFT + j * CELL, TOP + i * CELL, CELL, CELL, DivergingScale.colour(v), WHITE);
                svg.text(LEFT + j * CELL + CELL / 2.0, TOP + i * CELL + CELL / 2.0 + 4,
                        Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v), "middle", 11,
                        DivergingScale.needsLightText(v) ? WHITE : INK, 0);
            }
        }
        int lx = LEFT + n * CELL + 30;
        int steps = 20;
        double h = (double) n * CELL / steps;
        for (int k = 0; k < steps; k++) {
            svg.rect(lx, TOP + k * h, 18, h + 0.5, DivergingScale.colour(1 - 2.0 * (k + 0.5) / steps), null);
        }
        for (double t : new double[] { 1, 0.5, 0, -0.5, -1 }) {
            svg.text(lx + 24, TOP + (1 - t) / 2 * n * CELL + 4, AxisTicks.label(t), "start", 11, INK, 0);
        }
        svg.rect(lx, bottom + 14, 18, 14, DivergingScale.MISSING, null);
        svg.text(lx + 24, bottom + 25, "missing", "start", 11, INK, 0);
        return svg.toSvg();
    }
}
