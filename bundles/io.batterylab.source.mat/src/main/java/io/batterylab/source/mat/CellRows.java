package io.batterylab.source.mat;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.source.table.IssueLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks and reads the rows of one cell, which sit consecutively in every row-wise variable. */
final class CellRows {
    private final SeversonColumns columns;
    private final IssueLog log;

    CellRows(SeversonColumns columns, IssueLog log) {
        this.columns = columns;
        this.log = log;
    }

    /**
     * @param cell 1-based cell index
     * @param first 0-based first row of the cell
     * @return the battery, or null when a row has errors (all logged)
     */
    ImportedBattery read(int cell, int first, int count, String split, double nominalCapacityAh) throws ImportException {
        int errorsBefore = log.errorCount();
        double cycleLife = columns.cycles().get(first) + columns.rul().get(first);
        boolean lifeMismatchReported = false;
        List<CycleRecord> cycles = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            int row = i + 1;
            double cycle = columns.cycles().get(i);
            double rul = columns.rul().get(i);
            checkCycle(cell, first, i, cycle);
            if (!Double.isFinite(rul) || rul < 0) { // the layout defines RUL on every row
                log.error(row, columns.rul().name(), "RUL must be a number of at least 0: " + Numbers.show(rul));
            }
            finite(row, columns.pcl(), columns.pcl().get(i));
            if (!lifeMismatchReported && Double.isFinite(rul) && Double.isFinite(cycleLife) && cycle + rul != cycleLife) {
                lifeMismatchReported = true;
                log.error(row, columns.rul().name(), "cycle " + Numbers.show(cycle) + " + RUL " + Numbers.show(rul)
                        + " = " + Numbers.show(cycle + rul) + ", but the first row of cell " + cell + " (row " + (first + 1)
                        + ") gives a cycle life of " + Numbers.show(cycleLife));
            }
            FeatureValues features = features(row, i);
            if (log.errorCount() == errorsBefore) {
                cycles.add(new CycleRecord((int) cycle, features, rul, columns.pcl().get(i)));
            }
        }
        if (log.errorCount() != errorsBefore) {
            return null;
        }
        Integer life = Numbers.isWhole(cycleLife) ? Integer.valueOf((int) cycleLife) : null;
        return new ImportedBattery("cell " + cell, split, nominalCapacityAh, null, life, cycles);
    }

    private void checkCycle(int cell, int first, int i, double cycle) throws ImportException {
        MatArray cyclesColumn = columns.cycles();
        if (!Numbers.isWhole(cycle) || cycle < 0) {
            log.error(i + 1, cyclesColumn.name(), "cycle must be a whole number, not negative: " + Numbers.show(cycle));
        } else if (i > first && cycle <= cyclesColumn.get(i - 1)) {
            log.error(i + 1, cyclesColumn.name(), "cycle " + Numbers.show(cycle) + " of cell " + cell
                    + " does not follow cycle " + Numbers.show(cyclesColumn.get(i - 1)) + " in row " + i);
        }
    }

    /** NaN is a missing value; an infinite one is an error. */
    private void finite(int row, MatArray column, double value) throws ImportException {
        if (Double.isInfinite(value)) {
            log.error(row, column.name(), "not a finite number: " + value);
        }
    }

    private FeatureValues features(int row, int i) throws ImportException {
        double[] values = new double[Feature.values().length];
        Arrays.fill(values, Double.NaN);
        List<Feature> order = columns.featureOrder();
        for (int k = 0; k < order.size(); k++) {
            double value = columns.features().get(i, k);
            finite(row, columns.features(), value);
            values[order.get(k).ordinal()] = value;
        }
        return FeatureValues.of(values);
    }
}
