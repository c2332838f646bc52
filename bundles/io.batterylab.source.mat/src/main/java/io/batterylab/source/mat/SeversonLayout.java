package io.batterylab.source.mat;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.source.table.IssueLog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processed Severson/Wen layout: {@code Features_mov_Flt} [N x k], {@code PCL_Flt},
 * {@code RUL_Flt}, {@code Cycles_Flt} [N x 1], the cells' rows concatenated in order with
 * {@code Num_Cycles_Flt} [cells x 1] rows each, and optional split indices. Cells are named
 * "cell 1", "cell 2", ... by their index; their cycle life is cycle + RUL of any row.
 */
final class SeversonLayout {
    static final String FEATURES = "Features_mov_Flt";
    static final String PCL = "PCL_Flt";
    static final String RUL = "RUL_Flt";
    static final String CYCLES = "Cycles_Flt";
    static final String CELL_ROWS = "Num_Cycles_Flt";
    /** The early 3-feature version of the data set; the full one has all eight in {@link Feature} order. */
    static final List<Feature> THREE_FEATURES = List.of(Feature.DQ_SLOPE, Feature.DQ_INTERCEPT, Feature.T_AVG);
    /** Severson's cells are A123 APR18650M1A, 1.1 Ah. */
    static final double NOMINAL_CAPACITY_AH = 1.1;
    static final String ROW_NUMBERING = "row numbers are 1-based rows of the MATLAB variables, as MATLAB counts them";

    private SeversonLayout() {
    }

    static Set<String> variables() {
        Set<String> names = new LinkedHashSet<>(List.of(FEATURES, PCL, RUL, CYCLES, CELL_ROWS));
        names.addAll(SplitIndices.VARIABLES.keySet());
        return names;
    }

    /** Upper bound on the values of one variable: the row limit times the widest variable's columns. */
    static long maxValues(ImportLimits limits) {
        return (long) limits.maxRows() * Feature.values().length;
    }

    static ImportedData assemble(Map<String, MatArray> variables, ImportLimits limits, IssueLog log)
            throws ImportException {
        SeversonColumns columns = columns(variables, limits, log);
        int cells = columns.cellRows().length();
        String[] splits = SplitIndices.labels(variables, cells, log);
        log.rejectIfErrors();
        CellRows reader = new CellRows(columns, log);
        List<ImportedBattery> batteries = new ArrayList<>(cells);
        int first = 0;
        for (int cell = 1; cell <= cells; cell++) {
            int count = (int) columns.cellRows().get(cell - 1);
            batteries.add(reader.read(cell, first, count, splits[cell - 1], NOMINAL_CAPACITY_AH));
            first += count;
        }
        log.rejectIfErrors();
        return new ImportedData(batteries, log.report());
    }

    private static SeversonColumns columns(Map<String, MatArray> variables, ImportLimits limits, IssueLog log)
            throws ImportException {
        for (String name : List.of(FEATURES, PCL, RUL, CYCLES, CELL_ROWS)) {
            if (!variables.containsKey(name)) {
                log.error(null, name, "variable missing; the processed Severson/Wen layout needs " + FEATURES + ", "
                        + PCL + ", " + RUL + ", " + CYCLES + " and " + CELL_ROWS);
            }
        }
        log.rejectIfErrors();
        MatArray features = variables.get(FEATURES);
        int rows = features.rows();
        if (rows > limits.maxRows()) {
            throw log.reject(ValidationIssue.error(null, FEATURES, "has " + rows + " rows, more than the import limit of "
                    + limits.maxRows()));
        }
        List<Feature> order = switch (features.cols()) {
            case 3 -> THREE_FEATURES;
            case 8 -> List.of(Feature.values());
            default -> {
                log.error(null, FEATURES, "has " + features.cols() + " columns; expected 3 (dq_slope, dq_intercept,"
                        + " t_avg) or 8 (all features in the order of Wen et al.)");
                yield List.of();
            }
        };
        for (String name : List.of(PCL, RUL, CYCLES)) {
            MatArray column = variables.get(name);
            if (!column.isVector() || column.length() != rows) {
                log.error(null, name, "is " + column.size() + "; expected " + rows + " x 1 like " + FEATURES);
            }
        }
        checkCellRows(variables.get(CELL_ROWS), rows, log);
        log.rejectIfErrors();
        return new SeversonColumns(features, order, variables.get(PCL), variables.get(RUL), variables.get(CYCLES),
                variables.get(CELL_ROWS));
    }

    private static void checkCellRows(MatArray cellRows, int rows, IssueLog log) throws ImportException {
        if (!cellRows.isVector() || cellRows.length() == 0) {
            log.error(null, CELL_ROWS, "is " + cellRows.size() + "; expected one row count per cell");
            return;
        }
        long sum = 0;
        for (int i = 0; i < cellRows.length(); i++) {
            double count = cellRows.get(i);
            if (!Numbers.isWhole(count) || count < 1) {
                log.error(i + 1, CELL_ROWS, "row count of cell " + (i + 1) + " must be a whole number of at least 1: "
                        + Numbers.show(count));
                return;
            }
            sum += (long) count;
        }
        if (sum != rows) {
            log.error(null, CELL_ROWS, "the cells' row counts add up to " + sum + ", but " + FEATURES + " has " + rows
                    + " rows");
        }
    }
}
