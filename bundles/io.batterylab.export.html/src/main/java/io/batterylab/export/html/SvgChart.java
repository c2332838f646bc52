package io.batterylab.export.html;

import io.batterylab.core.plugin.Report.Chart;
import io.batterylab.core.plugin.Report.Series;
import java.util.List;
import java.util.Locale;

/**
 * One chart as inline SVG: frame, grid, ticks and labels on both axes, a legend, and the marks of its kind (drawn by
 * {@link Marks}). Only presentation attributes and classes styled by the page's one style sheet: no {@code style}
 * attribute, no script, no external reference, so the page works under a strict Content-Security-Policy.
 */
final class SvgChart {
    static final int WIDTH = 960;
    static final int PLOT_HEIGHT = 300;
    static final int LEFT = 78;
    static final int RIGHT = 24;
    static final int BOTTOM = 58;
    static final int LEGEND_ROW = 20;
    static final int LEGEND_COLUMNS = 3;
    /** Characters of a series name that fit a legend column. */
    static final int LEGEND_CHARS = 36;
    /** Legend entries beyond this are summarised as "+ n more". */
    static final int MAX_LEGEND = 16;
    /** Okabe–Ito: told apart with the common colour-vision deficiencies. */
    static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
        "#999999"};

    private SvgChart() {
    }

    static String color(int series) {
        return PALETTE[series % PALETTE.length];
    }

    static String svg(Chart chart) {
        boolean legend = chart.kind() != io.batterylab.core.plugin.Report.ChartKind.BOX
                && chart.kind() != io.batterylab.core.plugin.Report.ChartKind.HISTOGRAM;
        List<String> legendNames = legend ? legendEntries(chart.series()) : List.of();
        int legendRows = (legendNames.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        int top = 16 + legendRows * LEGEND_ROW;
        // rotated category names need room below the axis (Marks rotates them past six boxes)
        int bottom = chart.kind() == io.batterylab.core.plugin.Report.ChartKind.BOX && chart.series().size() > 6
                ? BOTTOM + 50 : BOTTOM;
        int height = top + PLOT_HEIGHT + bottom;
        Frame frame = new Frame(LEFT, top, WIDTH - RIGHT, top + PLOT_HEIGHT);
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(chart.title()))
                .append("\">");
        Marks.draw(chart, frame, svg);
        axisTitles(chart, frame, height, svg);
        legend(legendNames, svg);
        svg.append("</svg>");
        return svg.toString();
    }

    /** Series names in colour order, the overflow as one last entry. */
    static List<String> legendEntries(List<Series> series) {
        List<String> names = series.stream().map(Series::name).toList();
        if (names.size() <= MAX_LEGEND) {
            return names;
        }
        List<String> shown = new java.util.ArrayList<>(names.subList(0, MAX_LEGEND - 1));
        shown.add("+ " + (names.size() - MAX_LEGEND + 1) + " more");
        return shown;
    }

    private static void legend(List<String> names, StringBuilder svg) {
        int columnWidth = (WIDTH - LEFT - RIGHT) / LEGEND_COLUMNS;
        for (int i = 0; i < names.size(); i++) {
            double x = LEFT + (i % LEGEND_COLUMNS) * columnWidth;
            double y = 10 + (i / LEGEND_COLUMNS) * LEGEND_ROW;
            boolean more = i == MAX_LEGEND - 1 && names.get(i).startsWith("+ ");
            if (!more) {
                svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"14\" height=\""
                        + "10\" fill=\"").append(color(i)).append("\"/>");
            }
            svg.append("<text class=\"legend\" x=\"").append(f(x + 20)).append("\" y=\"").append(f(y + 9))
                    .append("\">").append(Html.escape(clip(names.get(i), LEGEND_CHARS))).append("</text>");
        }
    }

    private static void axisTitles(Chart chart, Frame frame, int height, StringBuilder svg) {
        svg.append("<text class=\"axis-title\" x=\"").append(f((frame.left() + frame.right()) / 2)).append("\" y=\"")
                .append(height - 8).append("\" text-anchor=\"middle\">").append(Html.escape(chart.xLabel()))
                .append("</text>");
        double cy = (frame.top() + frame.bottom()) / 2;
        svg.append("<text class=\"axis-title\" x=\"16\" y=\"").append(f(cy)).append("\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 16 ").append(f(cy)).append(")\">").append(Html.escape(chart.yLabel()))
                .append("</text>");
    }

    static String clip(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** A coordinate with one decimal: enough for the eye, small for 100,000 points. */
    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The plot area in pixels; y grows downwards. */
    record Frame(double left, double top, double right, double bottom) {
    }
}
