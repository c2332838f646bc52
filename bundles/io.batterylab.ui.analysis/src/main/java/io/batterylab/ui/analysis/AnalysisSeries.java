package io.batterylab.ui.analysis;

import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.analysis.Histogram;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.ui.data.ColumnSeries;
import java.util.Arrays;
import java.util.List;

/**
 * The points the Analysis charts draw, taken from what the services returned. A missing value is
 * left out (a gap), never drawn as zero.
 */
public final class AnalysisSeries {
    public static final String PEARSON = "Pearson";
    public static final String SPEARMAN = "Spearman";

    private AnalysisSeries() {
    }

    /** The column by key: a feature key, "rul" or "pcl". */
    public static ColumnSeries column(String key) {
        return ColumnSeries.all().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such column: " + key));
    }

    /** x = the column's value, y = the other's, for rows where both are present. */
    public static double[][] pairs(List<CycleRecord> rows, ColumnSeries x, ColumnSeries y) {
        double[] xs = new double[rows.size()];
        double[] ys = new double[rows.size()];
        int n = 0;
        for (CycleRecord row : rows) {
            double a = x.value().applyAsDouble(row);
            double b = y.value().applyAsDouble(row);
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                xs[n] = a;
                ys[n] = b;
                n++;
            }
        }
        return new double[][] { Arrays.copyOf(xs, n), Arrays.copyOf(ys, n) };
    }

    /** Bin centres (times scale, e.g. 100 for PCL in %) and counts. */
    public static double[][] bars(Histogram histogram, double scale) {
        int bins = histogram.counts().length;
        double[] centres = new double[bins];
        double[] counts = new double[bins];
        for (int i = 0; i < bins; i++) {
            centres[i] = (histogram.edges()[i] + histogram.edges()[i + 1]) / 2 * scale;
            counts[i] = histogram.counts()[i];
        }
        return new double[][] { centres, counts };
    }

    /**
     * The correlation matrix over all ten columns in the fixed order (8 features, RUL, PCL): a column
     * the data do not have is there too, with NaN (shown as missing).
     */
    public static double[][] fullMatrix(CorrelationReport report, String method) {
        double[][] source = SPEARMAN.equals(method) ? report.spearman() : report.pearson();
        List<String> keys = ColumnSeries.all().stream().map(ColumnSeries::key).toList();
        double[][] full = new double[keys.size()][keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            int si = report.columns().indexOf(keys.get(i));
            for (int j = 0; j < keys.size(); j++) {
                int sj = report.columns().indexOf(keys.get(j));
                full[i][j] = si < 0 || sj < 0 ? Double.NaN : source[si][sj];
            }
        }
        return full;
    }

    /** "0.83", or "–" for a missing value. */
    public static String format(double v, String pattern) {
        return Double.isNaN(v) ? "–" : String.format(java.util.Locale.ROOT, pattern, v);
    }
}
