package io.batterylab.core.analysis;

/**
 * Descriptive statistics of one column (a feature, RUL or PCL) over the selected rows.
 *
 * @param column stable column name (feature key, "rul" or "pcl")
 * @param count rows with a value
 * @param missing rows without a value
 * @param variance sample variance (n - 1)
 * @param std sample standard deviation
 */
public record ColumnStatistics(String column, long count, long missing, double mean, double variance, double std,
        double min, double q1, double median, double q3, double max, Histogram histogram) {
}
