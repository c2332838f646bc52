package io.batterylab.ui.charts;

import java.io.IOException;
import java.nio.file.Path;

/** What the shared chart menu needs from a chart: reset its zoom and write it as PNG or SVG. */
public interface ChartExporter {
    void resetZoom();

    /** False for charts without zoom (the menu then has no "Reset zoom"). */
    default boolean zoomable() {
        return true;
    }

    void savePng(Path file) throws IOException;

    /** The chart as an SVG document, drawn from its data (not a bitmap). */
    String svg();
}
