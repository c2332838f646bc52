package io.batterylab.test.support;

import io.batterylab.core.plugin.Report;
import io.batterylab.core.plugin.Report.Chart;
import io.batterylab.core.plugin.Report.ChartKind;
import io.batterylab.core.plugin.Report.Series;
import io.batterylab.core.plugin.Report.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Test reports shaped like a test job's: metadata, cards, overall and per-battery metrics, a details table whose rows
 * are generated while they are read (nothing held in memory, like rows paged from storage) and one chart of each
 * kind. Battery names start with {@code =} as a formula would, so every exporter meets user text it must neutralise.
 */
public final class DetailReports {
    /** The name of the first battery: text a spreadsheet would run. */
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://x.invalid\",\"cell\")";
    public static final int ROWS_PER_BATTERY = 1000;

    private DetailReports() {
    }

    /** A report with {@code detailRows} detail rows spread over batteries of {@value #ROWS_PER_BATTERY} cycles. */
    public static Report of(int detailRows) {
        int batteries = Math.max(1, (detailRows + ROWS_PER_BATTERY - 1) / ROWS_PER_BATTERY);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("model version", "7 (baseline 1.0.0)");
        metadata.put("settings", "{\"hidden\":[64,64],\"epochs\":200,\"learningRate\":0.001}");
        metadata.put("horizon", "0 cycles");
        metadata.put("note from user", "+SUM(A1:A2) <script>alert(1)</script>");
        List<List<Object>> perBattery = new ArrayList<>();
        for (int b = 0; b < batteries; b++) {
            perBattery.add(Arrays.asList(name(b), ROWS_PER_BATTERY, 40.0 + b, 31.5 + b * 0.5, Double.NaN));
        }
        return new Report("Test job 3: baseline on " + batteries + " cells", metadata,
                List.of(new Report.Card("RMSE (RUL)", "41.2", "cycles"), new Report.Card("R²", "0.91", ""),
                        new Report.Card("rows", Integer.toString(detailRows), "-1 skipped past the end")),
                List.of(Table.of("overall metrics", List.of("target", "rmse", "mae", "r2", "rmspe"),
                        List.of(Arrays.asList("rul", 41.2, 30.1, 0.91, 12.5))),
                        Table.of("per-battery metrics", List.of("battery", "rows", "rmse", "mae", "r2"), perBattery),
                        new Table("details", List.of("battery", "cycle", "y_true", "y_pred", "residual"),
                                () -> new DetailRows(detailRows))),
                charts(batteries));
    }

    public static String name(int battery) {
        return battery == 0 ? FORMULA_NAME : "cell-" + battery;
    }

    static double truth(int cycle) {
        return ROWS_PER_BATTERY - cycle;
    }

    static double predicted(int battery, int cycle) {
        return truth(cycle) + 25 * Math.sin(cycle / 40.0 + battery);
    }

    private static List<Chart> charts(int batteries) {
        int shown = Math.min(batteries, 3);
        List<Series> lines = new ArrayList<>();
        List<Series> boxes = new ArrayList<>();
        double[] residuals = new double[ROWS_PER_BATTERY];
        double[] cycles = new double[ROWS_PER_BATTERY];
        for (int b = 0; b < shown; b++) {
            double[] truth = new double[ROWS_PER_BATTERY];
            double[] predicted = new double[ROWS_PER_BATTERY];
            double[] error = new double[ROWS_PER_BATTERY];
            for (int c = 0; c < ROWS_PER_BATTERY; c++) {
                cycles[c] = c;
                truth[c] = truth(c);
                predicted[c] = predicted(b, c);
                error[c] = Math.abs(predicted[c] - truth[c]);
                residuals[c] = predicted(0, c) - truth(c);
            }
            lines.add(new Series(name(b) + " predicted", cycles.clone(), predicted));
            if (b == 0) {
                lines.add(new Series("true RUL", cycles.clone(), truth));
            }
            boxes.add(new Series(name(b), new double[0], error));
        }
        double[] centres = new double[10];
        double[] counts = new double[10];
        for (int i = 0; i < 10; i++) {
            centres[i] = -22.5 + 5 * i;
        }
        for (double r : residuals) {
            counts[Math.min(9, Math.max(0, (int) ((r + 25) / 5)))]++;
        }
        return List.of(new Chart("Predicted vs true RUL", ChartKind.LINE, "cycle", "RUL (cycles)", lines),
                new Chart("Residual over cycle", ChartKind.SCATTER, "cycle", "residual (cycles)",
                        List.of(new Series(name(0), cycles, residuals))),
                new Chart("Residual histogram", ChartKind.HISTOGRAM, "residual (cycles)", "rows",
                        List.of(new Series("residuals", centres, counts))),
                new Chart("Absolute error per battery", ChartKind.BOX, "battery", "|error| (cycles)", boxes));
    }

    /** Rows made as they are read: battery, cycle, truth, prediction, residual. */
    private static final class DetailRows implements Iterator<List<Object>> {
        private final int rows;
        private int next;

        DetailRows(int rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return next < rows;
        }

        @Override
        public List<Object> next() {
            if (next >= rows) {
                throw new NoSuchElementException();
            }
            int battery = next / ROWS_PER_BATTERY;
            int cycle = next % ROWS_PER_BATTERY;
            next++;
            double truth = truth(cycle);
            double predicted = predicted(battery, cycle);
            return Arrays.asList(name(battery), cycle, truth, predicted, predicted - truth);
        }
    }
}
