package io.batterylab.core.plugin;

/**
 * Bounds a data source enforces while reading, so a huge or hostile file is rejected early.
 *
 * @param maxBytes largest accepted file
 * @param maxRows largest accepted number of cycle rows
 * @param maxCells largest accepted number of cells a sheet spans (a row spans from its first column to its last
 *        filled one), which bounds the work of a sheet with few rows but very wide ones
 */
public record ImportLimits(long maxBytes, int maxRows, long maxCells) {
    /** Battery id, cycle, eight features, RUL, PCL, capacity and nominal capacity fit with room to spare. */
    public static final int CELLS_PER_ROW = 16;

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxCells <= 0) {
            throw new IllegalArgumentException("import limits must be positive: " + maxBytes + " bytes, " + maxRows
                    + " rows, " + maxCells + " cells");
        }
    }

    /** Limits with room for {@link #CELLS_PER_ROW} cells in each row. */
    public ImportLimits(long maxBytes, int maxRows) {
        this(maxBytes, maxRows, (long) maxRows * CELLS_PER_ROW);
    }

    public static ImportLimits defaults() {
        return new ImportLimits(100L * 1024 * 1024, 2_000_000);
    }
}
