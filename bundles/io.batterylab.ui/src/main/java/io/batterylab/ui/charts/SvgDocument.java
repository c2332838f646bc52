package io.batterylab.ui.charts;

import java.util.Locale;
import org.eclipse.swt.graphics.RGB;

/** A small SVG writer: the shapes the product's charts are made of, with text escaped. */
public final class SvgDocument {
    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    public SvgDocument(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public SvgDocument rect(double x, double y, double w, double h, RGB fill, RGB stroke) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"%s/>%n",
                x, y, w, h, fill == null ? "none" : ChartPalette.hex(fill), stroke == null ? ""
                        : " stroke=\"" + ChartPalette.hex(stroke) + "\""));
        return this;
    }

    public SvgDocument line(double x1, double y1, double x2, double y2, RGB stroke, double width) {
        body.append(String.format(Locale.ROOT,
                "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n", x1, y1,
                x2, y2, ChartPalette.hex(stroke), width));
        return this;
    }

    /** One connected line through the points (a {@code polyline}). */
    public SvgDocument polyline(double[] xs, double[] ys, RGB stroke, double width) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i]));
        }
        body.append(String.format(Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\" stroke-linejoin=\"round\" points=\"%s\"/>%n",
                ChartPalette.hex(stroke), width, points.toString().trim()));
        return this;
    }

    public SvgDocument circle(double cx, double cy, double r, RGB fill) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.1f\" fill=\"%s\"/>%n", cx, cy, r,
                ChartPalette.hex(fill)));
        return this;
    }

    /** Text; anchor is start, middle or end; rotate in degrees about the anchor point. */
    public SvgDocument text(double x, double y, String text, String anchor, int size, RGB fill, double rotate) {
        String transform = rotate == 0 ? ""
                : String.format(Locale.ROOT, " transform=\"rotate(%.0f %.2f %.2f)\"", rotate, x, y);
        body.append(String.format(Locale.ROOT,
                "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\"%s>%s</text>%n", x, y, anchor,
                size, ChartPalette.hex(fill), transform, escape(text)));
        return this;
    }

    public String toSvg() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n", width, height, width, height)
                + String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height)
                + body + "</svg>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
