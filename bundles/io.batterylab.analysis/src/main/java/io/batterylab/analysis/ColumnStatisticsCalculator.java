package io.batterylab.analysis;

import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.model.CycleRecord;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Descriptive statistics of every column (8 features, RUL, PCL) over a set of cycle rows.
 *
 * <p>Missing values (NaN) are skipped and counted as missing, never treated as zero. Variance is the sample
 * variance (divisor n - 1), NaN for fewer than two values. Quartiles use linear interpolation between order
 * statistics, Hyndman &amp; Fan type 7 (the default of numpy.percentile, R's quantile and Excel's
 * QUARTILE.INC): the p-quantile of sorted x(1..n) is x(h) interpolated at h = (n - 1) p + 1.
 */
public final class ColumnStatisticsCalculator {

    public List<ColumnStatistics> statistics(List<CycleRecord> rows, int histogramBins) {
        HistogramCalculator.requireValidBinCount(histogramBins);
        return AnalysisColumn.all().stream().map(c -> statistics(c.name(), c.values(rows), histogramBins)).toList();
    }

    /** @param values one entry per row, NaN where the row has no value */
    public ColumnStatistics statistics(String column, double[] values, int histogramBins) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        long missing = values.length - present.length;
        if (present.length == 0) {
            return new ColumnStatistics(column, 0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, HistogramCalculator.equalWidth(present, histogramBins));
        }
        double variance = present.length < 2 ? Double.NaN : StatUtils.variance(present);
        Percentile quartile = new Percentile().withEstimationType(EstimationType.R_7);
        quartile.setData(present);
        return new ColumnStatistics(column, present.length, missing, StatUtils.mean(present), variance,
                Math.sqrt(variance), StatUtils.min(present), quartile.evaluate(25), quartile.evaluate(50),
                quartile.evaluate(75), StatUtils.max(present), HistogramCalculator.equalWidth(present, histogramBins));
    }
}
