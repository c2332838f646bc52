package io.batterylab.core.plugin;

import java.util.List;
import java.util.Map;

/**
 * A document for exporters: metadata and named tables (e.g. sheets "metadata", "overall metrics",
 * "per-battery metrics", "details"), plus optional charts for formats that can show them.
 */
public record Report(String title, Map<String, String> metadata, List<Table> tables, List<Chart> charts) {
    public Report {
        metadata = Map.copyOf(metadata);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A table; cells are String or Number (null for missing). */
    public record Table(String name, List<String> columns, List<List<Object>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A line or scatter chart of named series of (x, y) points. */
    public record Chart(String title, String xLabel, String yLabel, List<Series> series) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    public record Series(String name, double[] x, double[] y) {
    }
}
