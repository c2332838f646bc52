package io.batterylab.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout of the shipped synthetic data, shared by the generator that writes it and {@link SampleDataSet} that
 * reads it. Both files are plain comma-separated UTF-8 with one header line, no quoting (no value contains a
 * comma or quote), '.' as decimal separator.
 */
public final class SampleDataFormat {
    /** Folder of the files inside the bundle (and under sample-data/ in the repository). */
    public static final String FOLDER = "data";
    public static final String CELLS_FILE = "synthetic-cells.csv";
    public static final String CYCLES_FILE = "synthetic-cycles.csv.gz";
    public static final double NOMINAL_CAPACITY_AH = 1.1;

    /** One row per cell; the last four columns are the generator's ground truth for that cell. */
    public static final List<String> CELL_COLUMNS = List.of("cell_id", "split", "charging_policy", "cycle_life",
            "nominal_capacity_ah", "synthetic", "initial_capacity_ah", "initial_ir_ohm", "linear_fade_fraction",
            "knee_time_constant_cycles");

    /** The eight features, named like {@code io.batterylab.core.model.Feature} keys, in its order. */
    public static final List<String> FEATURE_COLUMNS = List.of("dq_slope", "dq_intercept", "t_avg", "ir",
            "charge_time", "dqdv_max", "dqdv_min", "dqdv_var");

    /** Decimals written per feature: below the measurement noise of each, to keep the file small. */
    public static final List<Integer> FEATURE_DECIMALS = List.of(6, 6, 3, 6, 3, 4, 4, 6);
    public static final int PCL_DECIMALS = 5;

    /** One row per cell and cycle, cells in the order of the cells file, cycles 1..cycle life. */
    public static final List<String> CYCLE_COLUMNS = cycleColumns();

    private SampleDataFormat() {
    }

    private static List<String> cycleColumns() {
        List<String> columns = new ArrayList<>(List.of("cell_id", "cycle"));
        columns.addAll(FEATURE_COLUMNS);
        columns.addAll(List.of("rul", "pcl"));
        return List.copyOf(columns);
    }
}
