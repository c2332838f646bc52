package io.batterylab.ui.charts;

import java.util.List;
import org.eclipse.swt.graphics.RGB;

/**
 * What an x–y chart shows, independent of SWT: titles, visible ranges and series. Written as SVG by
 * {@link ChartSvg}.
 */
public record ChartPicture(String title, String xTitle, String yTitle, double xMin, double xMax, double yMin,
        double yMax, List<Series> series) {

    public enum Kind {
        LINE, SCATTER, BAR
    }

    /** One series; for bars, x are bar centres and y their heights. */
    public record Series(String name, Kind kind, RGB colour, double[] x, double[] y) {
    }
}
