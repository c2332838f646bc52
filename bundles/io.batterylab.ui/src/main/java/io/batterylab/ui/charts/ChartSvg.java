package io.batterylab.ui.charts;

import org.eclipse.swt.graphics.RGB;

/** Writes a {@link ChartPicture} as SVG: axes with ticks and titles, the series, a legend on the right. */
public final class ChartSvg {
    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    private static final int LEFT = 80;
    private static final int TOP = 50;
    private static final int RIGHT = 200;
    private static final int BOTTOM = 70;
    private static final RGB INK = new RGB(0x20, 0x20, 0x20);
    private static final RGB GRID = new RGB(0xE0, 0xE0, 0xE0);

    private ChartSvg() {
    }

    public static String write(ChartPicture p) {
        SvgDocument svg = new SvgDocument(WIDTH, HEIGHT);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        Scale x = new Scale(p.xMin(), p.xMax(), LEFT, LEFT + plotW);
        Scale y = new Scale(p.yMin(), p.yMax(), TOP + plotH, TOP);
        svg.text(WIDTH / 2.0, 28, p.title(), "middle", 16, INK, 0);
        for (double t : AxisTicks.of(p.xMin(), p.xMax(), 8)) {
            svg.line(x.at(t), TOP, x.at(t), TOP + plotH, GRID, 1);
            svg.text(x.at(t), TOP + plotH + 18, AxisTicks.label(t), "middle", 11, INK, 0);
        }
        for (double t : AxisTicks.of(p.yMin(), p.yMax(), 6)) {
            svg.line(LEFT, y.at(t), LEFT + plotW, y.at(t), GRID, 1);
            svg.text(LEFT - 6, y.at(t) + 4, AxisTicks.label(t), "end", 11, INK, 0);
        }
        svg.rect(LEFT, TOP, plotW, plotH, null, INK);
        svg.text(LEFT + plotW / 2, HEIGHT - 20, p.xTitle(), "middle", 13, INK, 0);
        svg.text(22, TOP + plotH / 2, p.yTitle(), "middle", 13, INK, -90);
        for (ChartPicture.Series s : p.series()) {
            drawSeries(svg, s, x, y, plotW);
        }
        for (int i = 0; i < p.series().size(); i++) {
            ChartPicture.Series s = p.series().get(i);
            double ly = TOP + 10 + i * 18;
            svg.rect(WIDTH - RIGHT + 16, ly - 9, 12, 10, s.colour(), null);
            svg.text(WIDTH - RIGHT + 34, ly, s.name(), "start", 12, INK, 0);
        }
        return svg.toSvg();
    }

    private static void drawSeries(SvgDocument svg, ChartPicture.Series s, Scale x, Scale y, double plotW) {
        double[] px = new double[s.x().length];
        double[] py = new double[s.y().length];
        for (int i = 0; i < px.length; i++) {
            px[i] = x.at(s.x()[i]);
            py[i] = y.at(s.y()[i]);
        }
        switch (s.kind()) {
            case LINE -> svg.polyline(px, py, s.colour(), 1.5);
            case SCATTER -> {
                for (int i = 0; i < px.length; i++) {
                    svg.circle(px[i], py[i], 2.5, s.colour());
                }
            }
            case BAR -> {
                double w = px.length == 0 ? 0 : 0.8 * plotW / px.length;
                double base = y.at(Math.max(y.min, 0));
                for (int i = 0; i < px.length; i++) {
                    svg.rect(px[i] - w / 2, Math.min(py[i], base), w, Math.abs(base - py[i]), s.colour(), null);
                }
            }
        }
    }

    /** Data to SVG coordinates along one axis. */
    private record Scale(double min, double max, double from, double to) {
        double at(double v) {
            return max == min ? (from + to) / 2 : from + (v - min) / (max - min) * (to - from);
        }
    }
}
