package io.batterylab.export.html;

import static io.batterylab.export.html.SvgChart.clip;
import static io.batterylab.export.html.SvgChart.color;
import static io.batterylab.export.html.SvgChart.f;

import io.batterylab.core.plugin.Report.Chart;
import io.batterylab.core.plugin.Report.Series;
import io.batterylab.export.html.SvgChart.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid, ticks and marks of each chart kind. Large series are thinned so that the page stays small and quick to
 * open: a line keeps the lowest and highest point of each of {@value #LINE_BUCKETS} buckets (its shape survives), a
 * scatter draws every n-th point up to {@value #MAX_SCATTER} points and says so.
 */
final class Marks {
    static final int LINE_BUCKETS = 800;
    static final int MAX_SCATTER = 5000;
    static final int MAX_OUTLIERS_PER_BOX = 300;
    /** Lines of at most this many points also get a marker on each point. */
    static final int MARKED_LINE_POINTS = 40;

    private Marks() {
    }

    static void draw(Chart chart, Frame frame, StringBuilder svg) {
        switch (chart.kind()) {
            case LINE -> xy(chart.series(), frame, svg, true);
            case SCATTER -> xy(chart.series(), frame, svg, false);
            case HISTOGRAM -> histogram(chart.series(), frame, svg);
            case BOX -> box(chart.series(), frame, svg);
        }
    }

    private static void xy(List<Series> series, Frame frame, StringBuilder svg, boolean line) {
        Range x = new Range();
        Range y = new Range();
        int total = 0;
        for (Series s : series) {
            for (int i = 0; i < Math.min(s.x().length, s.y().length); i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    x.add(s.x()[i]);
                    y.add(s.y()[i]);
                    total++;
                }
            }
        }
        Axis xAxis = Axis.of(x.min, x.max, 8, frame.left(), frame.right());
        Axis yAxis = Axis.of(y.min, y.max, 6, frame.bottom(), frame.top());
        grid(xAxis, yAxis, frame, svg);
        int stride = line ? 1 : Math.max(1, (total + MAX_SCATTER - 1) / MAX_SCATTER);
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            if (line) {
                path(s, xAxis, yAxis, color(k), svg);
                if (Math.min(s.x().length, s.y().length) <= MARKED_LINE_POINTS) {
                    points(s, xAxis, yAxis, color(k), 1, svg); // a short line (a few epochs, one point) shows its points
                }
            } else {
                points(s, xAxis, yAxis, color(k), stride, svg);
            }
        }
        if (stride > 1) {
            note(frame, "every " + stride + "th of " + total + " points drawn", svg);
        }
    }

    private static void path(Series s, Axis x, Axis y, String color, StringBuilder svg) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i : LineThinning.indices(s.y(), Math.min(s.x().length, s.y().length), LINE_BUCKETS)) {
            if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                pen = false;
                continue;
            }
            d.append(pen ? 'L' : 'M').append(f(x.pixel(s.x()[i]))).append(' ').append(f(y.pixel(s.y()[i])));
            pen = true;
        }
        svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(color)
                .append("\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>");
    }

    private static void points(Series s, Axis x, Axis y, String color, int stride, StringBuilder svg) {
        svg.append("<g fill=\"").append(color).append("\" fill-opacity=\"0.65\">");
        for (int i = 0; i < Math.min(s.x().length, s.y().length); i += stride) {
            if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                svg.append("<circle cx=\"").append(f(x.pixel(s.x()[i]))).append("\" cy=\"")
                        .append(f(y.pixel(s.y()[i]))).append("\" r=\"2.4\"/>");
            }
        }
        svg.append("</g>");
    }

    /** Bars centred on the bin centres, as wide as the narrowest spacing between centres. */
    private static void histogram(List<Series> series, Frame frame, StringBuilder svg) {
        Range x = new Range();
        Range y = new Range();
        y.add(0);
        double width = Double.POSITIVE_INFINITY;
        for (Series s : series) {
            double[] centres = java.util.Arrays.stream(s.x()).filter(Double::isFinite).sorted().toArray();
            for (int i = 1; i < centres.length; i++) {
                if (centres[i] > centres[i - 1]) {
                    width = Math.min(width, centres[i] - centres[i - 1]);
                }
            }
            for (int i = 0; i < Math.min(s.x().length, s.y().length); i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    x.add(s.x()[i]);
                    y.add(s.y()[i]);
                }
            }
        }
        if (!Double.isFinite(width)) {
            width = x.min == Double.POSITIVE_INFINITY || x.min == 0 ? 1 : Math.abs(x.min) * 0.1;
        }
        Axis xAxis = Axis.of(x.min - width / 2, x.max + width / 2, 8, frame.left(), frame.right());
        Axis yAxis = Axis.of(y.min, y.max, 6, frame.bottom(), frame.top());
        grid(xAxis, yAxis, frame, svg);
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            svg.append("<g fill=\"").append(color(k)).append("\" fill-opacity=\"").append(series.size() > 1 ? "0.5" : "0.85")
                    .append("\">");
            for (int i = 0; i < Math.min(s.x().length, s.y().length); i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                    continue;
                }
                double left = xAxis.pixel(s.x()[i] - width / 2);
                double right = xAxis.pixel(s.x()[i] + width / 2);
                double top = yAxis.pixel(s.y()[i]);
                svg.append("<rect x=\"").append(f(left + 0.5)).append("\" y=\"").append(f(top)).append("\" width=\"")
                        .append(f(Math.max(0.5, right - left - 1))).append("\" height=\"")
                        .append(f(yAxis.pixel(0) - top)).append("\"/>");
            }
            svg.append("</g>");
        }
    }

    /** One box per series over its y values, side by side, named under the axis. */
    private static void box(List<Series> series, Frame frame, StringBuilder svg) {
        List<BoxStats> boxes = new ArrayList<>();
        Range y = new Range();
        for (Series s : series) {
            BoxStats b = BoxStats.of(s.y());
            boxes.add(b);
            if (b.count() > 0) {
                y.add(b.lowWhisker());
                y.add(b.highWhisker());
                for (double o : b.outliers()) {
                    y.add(o);
                }
            }
        }
        Axis yAxis = Axis.of(y.min, y.max, 6, frame.bottom(), frame.top());
        grid(null, yAxis, frame, svg);
        int n = Math.max(1, series.size());
        double band = (frame.right() - frame.left()) / n;
        double half = Math.min(30, band * 0.3);
        int labelEvery = (n + 39) / 40;
        for (int k = 0; k < series.size(); k++) {
            BoxStats b = boxes.get(k);
            double cx = frame.left() + band * (k + 0.5);
            if (b.count() > 0) {
                boxMarks(b, cx, half, yAxis, color(k), svg);
            }
            if (k % labelEvery == 0) {
                double ly = frame.bottom() + 14;
                svg.append("<text class=\"tick\" x=\"").append(f(cx)).append("\" y=\"").append(f(ly)).append('"');
                if (n > 6) {
                    svg.append(" text-anchor=\"end\" transform=\"rotate(-35 ").append(f(cx)).append(' ').append(f(ly))
                            .append(")\"");
                } else {
                    svg.append(" text-anchor=\"middle\"");
                }
                svg.append('>').append(Html.escape(clip(series.get(k).name(), 18))).append("</text>");
            }
        }
    }

    private static void boxMarks(BoxStats b, double cx, double half, Axis y, String color, StringBuilder svg) {
        String x0 = f(cx - half), x1 = f(cx + half), c = f(cx);
        svg.append("<g stroke=\"").append(color).append("\" stroke-width=\"1.4\">");
        svg.append("<line x1=\"").append(c).append("\" x2=\"").append(c).append("\" y1=\"").append(f(y.pixel(b.lowWhisker())))
                .append("\" y2=\"").append(f(y.pixel(b.highWhisker()))).append("\"/>");
        for (double whisker : new double[] {b.lowWhisker(), b.highWhisker()}) {
            svg.append("<line x1=\"").append(f(cx - half / 2)).append("\" x2=\"").append(f(cx + half / 2))
                    .append("\" y1=\"").append(f(y.pixel(whisker))).append("\" y2=\"").append(f(y.pixel(whisker)))
                    .append("\"/>");
        }
        double top = y.pixel(b.q3());
        svg.append("<rect x=\"").append(x0).append("\" y=\"").append(f(top)).append("\" width=\"").append(f(2 * half))
                .append("\" height=\"").append(f(Math.max(1, y.pixel(b.q1()) - top))).append("\" fill=\"").append(color)
                .append("\" fill-opacity=\"0.3\"/>");
        svg.append("<line x1=\"").append(x0).append("\" x2=\"").append(x1).append("\" y1=\"").append(f(y.pixel(b.median())))
                .append("\" y2=\"").append(f(y.pixel(b.median()))).append("\" stroke-width=\"2.6\"/></g>");
        double[] outliers = b.outliers();
        int stride = Math.max(1, (outliers.length + MAX_OUTLIERS_PER_BOX - 1) / MAX_OUTLIERS_PER_BOX);
        svg.append("<g fill=\"none\" stroke=\"").append(color).append("\">");
        for (int i = 0; i < outliers.length; i += stride) {
            svg.append("<circle cx=\"").append(c).append("\" cy=\"").append(f(y.pixel(outliers[i])))
                    .append("\" r=\"2\"/>");
        }
        svg.append("</g>");
    }

    /** Horizontal grid lines with y labels; vertical ones with x labels unless the x axis has categories. */
    private static void grid(Axis x, Axis y, Frame frame, StringBuilder svg) {
        svg.append("<g class=\"grid\">");
        for (double t : y.ticks()) {
            String py = f(y.pixel(t));
            svg.append("<line x1=\"").append(f(frame.left())).append("\" x2=\"").append(f(frame.right()))
                    .append("\" y1=\"").append(py).append("\" y2=\"").append(py).append("\"/>");
        }
        if (x != null) {
            for (double t : x.ticks()) {
                String px = f(x.pixel(t));
                svg.append("<line x1=\"").append(px).append("\" x2=\"").append(px).append("\" y1=\"")
                        .append(f(frame.top())).append("\" y2=\"").append(f(frame.bottom())).append("\"/>");
            }
        }
        svg.append("</g><g class=\"tick\">");
        for (double t : y.ticks()) {
            svg.append("<text x=\"").append(f(frame.left() - 6)).append("\" y=\"").append(f(y.pixel(t) + 4))
                    .append("\" text-anchor=\"end\">").append(y.label(t)).append("</text>");
        }
        if (x != null) {
            for (double t : x.ticks()) {
                svg.append("<text x=\"").append(f(x.pixel(t))).append("\" y=\"").append(f(frame.bottom() + 16))
                        .append("\" text-anchor=\"middle\">").append(x.label(t)).append("</text>");
            }
        }
        svg.append("</g><rect class=\"frame\" x=\"").append(f(frame.left())).append("\" y=\"").append(f(frame.top()))
                .append("\" width=\"").append(f(frame.right() - frame.left())).append("\" height=\"")
                .append(f(frame.bottom() - frame.top())).append("\"/>");
    }

    private static void note(Frame frame, String text, StringBuilder svg) {
        svg.append("<text class=\"note\" x=\"").append(f(frame.right() - 4)).append("\" y=\"").append(f(frame.top() + 14))
                .append("\" text-anchor=\"end\">").append(Html.escape(text)).append("</text>");
    }

    /** Smallest and largest finite value seen. */
    private static final class Range {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(double v) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
    }
}
