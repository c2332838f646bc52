package io.batterylab.core.analysis;

import java.util.List;

/**
 * Correlations of every feature with RUL and PCL, and the full Pearson matrix of the columns.
 *
 * @param columns names of the matrix rows/columns (features present in the data, then rul, pcl)
 * @param pearson symmetric matrix, NaN where a pair has fewer than 3 common rows or no variance
 * @param spearman the same with ranks
 */
public record CorrelationReport(List<Correlation> withTargets, List<String> columns, double[][] pearson,
        double[][] spearman) {
}
