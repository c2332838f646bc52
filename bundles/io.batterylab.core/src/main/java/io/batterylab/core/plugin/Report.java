package io.batterylab.core.plugin;

import java.util.List;
import java.util.Map;

/**
 * A document for exporters: a title, metadata (ordered key/value pairs), headline figures, named tables (e.g.
 * "overall metrics", "per-battery metrics", "details") and charts for the formats that can draw them.
 *
 * <p>A table's rows are an {@link Iterable} read from start to end once per export, so that a table of 100,000 detail
 * rows can be streamed from storage page by page rather than held in memory; an exporter must not keep rows it has
 * written.
 */
public record Report(String title, Map<String, String> metadata, List<Card> cards, List<Table> tables,
        List<Chart> charts) {
    public Report {
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        cards = List.copyOf(cards);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A headline figure, e.g. {@code RMSE (RUL) = 41.2 cycles}; {@code note} may be empty. */
    public record Card(String label, String value, String note) {
    }

    /**
     * A table; cells are {@link String}, {@link Number} (NaN for a missing number) or null for an empty cell.
     *
     * @param rows read once per export, in order; each row has one cell per column
     */
    public record Table(String name, List<String> columns, Iterable<List<Object>> rows) {
        public Table {
            columns = List.copyOf(columns);
        }

        /** A table whose rows are already in memory. */
        public static Table of(String name, List<String> columns, List<List<Object>> rows) {
            return new Table(name, columns, List.copyOf(rows));
        }
    }

    /** How a chart draws its series. */
    public enum ChartKind {
        /** Series as lines over x, e.g. predicted and true capacity over cycle. */
        LINE,
        /** Series as points. */
        SCATTER,
        /** One series: x = bin centres, y = counts. */
        HISTOGRAM,
        /** One box per series over its y values (x unused), e.g. the absolute error per battery. */
        BOX
    }

    /** A chart of named series of (x, y) points. */
    public record Chart(String title, ChartKind kind, String xLabel, String yLabel, List<Series> series) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    public record Series(String name, double[] x, double[] y) {
    }
}
