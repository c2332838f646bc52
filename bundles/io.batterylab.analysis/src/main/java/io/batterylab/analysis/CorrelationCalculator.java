package io.batterylab.analysis;

import io.batterylab.core.analysis.Correlation;
import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Pearson and Spearman correlations between columns, each pair over the rows where both columns have a
 * value (pairwise-complete). Spearman is the Pearson correlation of the ranks, ties ranked by their average
 * rank. A pair with fewer than {@value #MIN_COMMON_ROWS} common rows, or with a constant column, has no
 * defined correlation: NaN.
 */
public final class CorrelationCalculator {
    public static final int MIN_COMMON_ROWS = 3;

    private static final Set<String> TARGETS = Set.of(Target.RUL.key(), Target.PCL.key());

    /**
     * The matrices cover the columns with at least one value (features in their fixed order, then rul, pcl);
     * {@code withTargets} pairs every such feature with RUL, then with PCL, where present.
     */
    public CorrelationReport correlations(List<CycleRecord> rows) {
        List<AnalysisColumn> columns = AnalysisColumn.all().stream().filter(c -> c.hasAnyValue(rows)).toList();
        List<String> names = columns.stream().map(AnalysisColumn::name).toList();
        double[][] values = columns.stream().map(c -> c.values(rows)).toArray(double[][]::new);
        // ranking dominates the cost (~100k rows): rank each complete column once, not once per pair
        double[][] ranks = Arrays.stream(values).map(v -> hasMissing(v) ? null : AverageRanks.of(v))
                .toArray(double[][]::new);
        int k = columns.size();
        Correlation[][] pairs = new Correlation[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                pairs[i][j] = ranks[i] != null && ranks[j] != null
                        ? correlation(names.get(i), names.get(j), values[i], values[j], ranks[i], ranks[j])
                        : correlate(names.get(i), names.get(j), values[i], values[j]);
                pairs[j][i] = pairs[i][j];
            }
        }
        return new CorrelationReport(withTargets(names, pairs), names, matrix(pairs, true), matrix(pairs, false));
    }

    /** @param x,y one entry per row, NaN where missing; rows missing in either are skipped */
    public Correlation correlate(String column, String against, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("columns " + column + " and " + against + " differ in length");
        }
        double[][] complete = completeCases(x, y);
        return correlation(column, against, complete[0], complete[1], null, null);
    }

    /** @param rankA,rankB ranks of a and b when already known, else null */
    private static Correlation correlation(String column, String against, double[] a, double[] b, double[] rankA,
            double[] rankB) {
        if (a.length < MIN_COMMON_ROWS || isConstant(a) || isConstant(b)) {
            return new Correlation(column, against, Double.NaN, Double.NaN, a.length);
        }
        if (column.equals(against)) {
            return new Correlation(column, against, 1.0, 1.0, a.length);
        }
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        double spearman = pearson.correlation(rankA != null ? rankA : AverageRanks.of(a),
                rankB != null ? rankB : AverageRanks.of(b));
        return new Correlation(column, against, pearson.correlation(a, b), spearman, a.length);
    }

    private static List<Correlation> withTargets(List<String> names, Correlation[][] pairs) {
        List<Correlation> result = new ArrayList<>();
        for (String target : List.of(Target.RUL.key(), Target.PCL.key())) {
            int t = names.indexOf(target);
            for (int f = 0; t >= 0 && f < names.size(); f++) {
                if (!TARGETS.contains(names.get(f))) {
                    result.add(pairs[f][t]);
                }
            }
        }
        return result;
    }

    private static double[][] matrix(Correlation[][] pairs, boolean pearson) {
        return Arrays.stream(pairs)
                .map(row -> Arrays.stream(row).mapToDouble(c -> pearson ? c.pearson() : c.spearman()).toArray())
                .toArray(double[][]::new);
    }

    private static double[][] completeCases(double[] x, double[] y) {
        int n = 0;
        double[] a = new double[x.length];
        double[] b = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                a[n] = x[i];
                b[n++] = y[i];
            }
        }
        return new double[][] {Arrays.copyOf(a, n), Arrays.copyOf(b, n)};
    }

    private static boolean hasMissing(double[] v) {
        return Arrays.stream(v).anyMatch(Double::isNaN);
    }

    private static boolean isConstant(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == v[0]);
    }
}
