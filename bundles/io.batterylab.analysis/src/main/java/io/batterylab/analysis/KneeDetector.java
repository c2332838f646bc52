package io.batterylab.analysis;

import java.util.Optional;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * Finds the knee of a capacity-fade curve (PCL rising with cycle) with the Bacon–Watts model in its
 * abrupt-transition limit, as used for knee points by Fermín-Cueto et al., "Identification and machine
 * learning prediction of knee-point and knee-onset in capacity degradation curves of lithium-ion cells",
 * Energy and AI 1 (2020) 100006 (after Bacon &amp; Watts, Biometrika 58 (1971) 525).
 *
 * <p>Two straight lines that meet at a break point are fitted by least squares; the break is searched over
 * every data cycle leaving at least {@value #MIN_POINTS_PER_LINE} points and 5 % of the points to each line.
 * The best break is reported as the knee only when the fade really accelerates there:
 * <ul>
 * <li>the late slope is positive and at least {@value #MIN_SLOPE_RATIO} times the early slope (or the early
 * part does not fade at all), and</li>
 * <li>the two-line fit is better than one line with an F-test p-value below {@value #MAX_P_VALUE}
 * (two extra parameters: slope change and break).</li>
 * </ul>
 * A straight line, a decelerating curve or noise alone therefore has no knee.
 */
public final class KneeDetector {
    public static final int MIN_POINTS_PER_LINE = 5;
    public static final double MIN_FRACTION_PER_LINE = 0.05;
    public static final double MIN_SLOPE_RATIO = 2.0;
    public static final double MAX_P_VALUE = 0.001;

    /**
     * @param x cycles in ascending order
     * @param y PCL at those cycles
     */
    public Optional<TwoLineFit> knee(double[] x, double[] y) {
        return bestTwoLineFit(x, y).filter(candidate -> accelerates(candidate.fit()) && significant(candidate, x.length))
                .map(Candidate::fit);
    }

    /** The least-squares two-line fit with the best break, whether or not it is a knee. */
    public Optional<Candidate> bestTwoLineFit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        int n = x.length;
        int minPerLine = Math.max(MIN_POINTS_PER_LINE, (int) Math.ceil(MIN_FRACTION_PER_LINE * n));
        if (n < 2 * minPerLine || x[n - 1] == x[0]) {
            return Optional.empty();
        }
        return new BreakSearch(x, y).best(minPerLine);
    }

    private static boolean accelerates(TwoLineFit fit) {
        return fit.lateSlope() > 0 && fit.lateSlope() >= MIN_SLOPE_RATIO * Math.max(fit.earlySlope(), 0);
    }

    private static boolean significant(Candidate c, int n) {
        double gain = c.lineSse() - c.sse();
        if (gain <= 1e-12 * c.totalSumOfSquares()) {
            return false;
        }
        if (c.sse() <= 1e-15 * c.totalSumOfSquares()) {
            return true;
        }
        double f = (gain / 2) / (c.sse() / (n - 4));
        return 1 - new FDistribution(2, n - 4).cumulativeProbability(f) < MAX_P_VALUE;
    }

    /**
     * @param sse residual sum of squares of the two-line fit
     * @param lineSse residual sum of squares of one line through the same points
     * @param totalSumOfSquares sum of squared deviations of y from its mean, the scale for "zero"
     */
    public record Candidate(TwoLineFit fit, double sse, double lineSse, double totalSumOfSquares) {
    }
}
