package io.batterylab.core.analysis;

/**
 * Correlation of one column with another over rows where both have values.
 *
 * @param n rows used
 */
public record Correlation(String column, String against, double pearson, double spearman, long n) {
}
