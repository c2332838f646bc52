package io.batterylab.source.table;

import io.batterylab.core.model.Feature;
import io.batterylab.core.plugin.ImportException;
import java.util.Arrays;
import java.util.Map;

/** Reads the cells of one data row into numbers, logging every bad cell with its row and column. */
final class RowParser {
    /** A cell holds at most a few percent more than its nominal capacity when new. */
    private static final double IMPLAUSIBLE_CAPACITY_RATIO = 1.2;

    private final ColumnLayout layout;
    private final TableOptions options;
    private final IssueLog log;

    RowParser(ColumnLayout layout, TableOptions options, IssueLog log) {
        this.layout = layout;
        this.options = options;
        this.log = log;
    }

    /** @return the row, or null when it has errors (all of them logged) */
    ParsedRow parse(TableRow row) throws ImportException {
        int errorsBefore = log.errorCount();
        String battery = options.singleBattery() != null ? options.singleBattery() : row.cell(layout.battery());
        if (battery.isEmpty()) {
            log.error(row.number(), layout.name(layout.battery()), "battery id is empty");
        }
        int cycle = cycle(row);
        double[] features = new double[Feature.values().length];
        Arrays.fill(features, Double.NaN);
        for (Map.Entry<Feature, Integer> column : layout.features().entrySet()) {
            features[column.getKey().ordinal()] = number(row, column.getValue());
        }
        double rul = number(row, layout.rul());
        if (rul < 0) {
            log.error(row.number(), layout.name(layout.rul()), "RUL must not be negative: '" + row.cell(layout.rul()) + "'");
        }
        double nominal = positive(row, layout.nominalCapacity(), "nominal capacity");
        if (Double.isNaN(nominal) && ColumnLayout.present(layout.capacity())) {
            nominal = options.defaultNominalCapacityAh();
        }
        double pcl = number(row, layout.pcl());
        if (ColumnLayout.present(layout.capacity()) && !ColumnLayout.present(layout.pcl())) {
            double capacity = positive(row, layout.capacity(), "capacity");
            pcl = 1.0 - capacity / nominal;
            if (capacity > IMPLAUSIBLE_CAPACITY_RATIO * nominal) {
                // kept as measured: the person decides, but should know
                log.warn(row.number(), layout.name(layout.capacity()), "capacity " + row.cell(layout.capacity())
                        + " Ah is far above the nominal " + nominal + " Ah: a measurement glitch?");
            }
        }
        rejectCellsBeyondHeader(row);
        return log.errorCount() == errorsBefore ? new ParsedRow(row.number(), battery, cycle, features, rul, pcl, nominal)
                : null;
    }

    private int cycle(TableRow row) throws ImportException {
        String name = layout.name(layout.cycle());
        String text = row.cell(layout.cycle());
        if (text.isEmpty()) {
            log.error(row.number(), name, "cycle is empty");
            return -1;
        }
        double value = number(row, layout.cycle());
        if (Double.isNaN(value)) {
            return -1; // not a number: already logged
        }
        if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
            log.error(row.number(), name, "cycle must be a whole number: '" + text + "'");
        } else if (value < 0) {
            log.error(row.number(), name, "cycle must not be negative: '" + text + "'");
        }
        return (int) value;
    }

    /** The cell as a number, NaN when the column is absent or the cell empty or wrong (then logged). */
    private double number(TableRow row, int column) throws ImportException {
        if (!ColumnLayout.present(column)) {
            return Double.NaN;
        }
        try {
            return NumberText.parse(row.cell(column), options.decimalComma());
        } catch (IllegalArgumentException e) {
            log.error(row.number(), layout.name(column), e.getMessage());
            return Double.NaN;
        }
    }

    private double positive(TableRow row, int column, String what) throws ImportException {
        double value = number(row, column);
        if (value <= 0) {
            log.error(row.number(), layout.name(column), what + " must be positive: '" + row.cell(column) + "'");
        }
        return value;
    }

    private void rejectCellsBeyondHeader(TableRow row) throws ImportException {
        for (int column = layout.names().size(); column < row.cells().size(); column++) {
            if (!row.cell(column).isEmpty()) {
                log.error(row.number(), layout.name(column), "value beyond the last column of the header: '"
                        + row.cell(column) + "'");
                return;
            }
        }
    }
}
