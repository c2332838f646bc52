package io.batterylab.analysis;

import java.util.Optional;

/**
 * Least-squares fit of y = b0 + b1 u + b2 max(0, u - c) for every break c at a data point, in O(n) overall:
 * the sums over the points after the break are kept as running suffix sums. x is centred and scaled to u and
 * y centred so that the normal equations stay well conditioned for cycles in the thousands.
 */
final class BreakSearch {
    private final double[] u;
    private final double[] v;
    private final double meanX;
    private final double scaleX;
    private final double meanY;
    private final double su;
    private final double suu;
    private final double sv;
    private final double suv;
    private final double svv;

    BreakSearch(double[] x, double[] y) {
        int n = x.length;
        meanX = mean(x);
        meanY = mean(y);
        scaleX = x[n - 1] - x[0];
        u = new double[n];
        v = new double[n];
        double a = 0;
        double b = 0;
        double c = 0;
        double d = 0;
        double e = 0;
        for (int i = 0; i < n; i++) {
            u[i] = (x[i] - meanX) / scaleX;
            v[i] = y[i] - meanY;
            a += u[i];
            b += u[i] * u[i];
            c += v[i];
            d += u[i] * v[i];
            e += v[i] * v[i];
        }
        su = a;
        suu = b;
        sv = c;
        suv = d;
        svv = e;
    }

    Optional<KneeDetector.Candidate> best(int minPerLine) {
        int n = u.length;
        double lineSse = lineSse();
        double[] tail = new double[5]; // count, sum u, sum u^2, sum v, sum uv over the points after the break
        double bestSse = Double.POSITIVE_INFINITY;
        double[] bestBeta = null;
        int bestK = -1;
        for (int k = n - 2; k >= minPerLine - 1; k--) {
            add(tail, k + 1);
            if (n - 1 - k < minPerLine || u[k + 1] == u[k]) {
                continue;
            }
            double[] beta = solveAt(u[k], tail);
            if (beta == null) {
                continue;
            }
            double c = u[k];
            double shy = tail[4] - c * tail[3];
            double sse = svv - (beta[0] * sv + beta[1] * suv + beta[2] * shy);
            if (sse < bestSse) {
                bestSse = sse;
                bestBeta = beta;
                bestK = k;
            }
        }
        if (bestBeta == null) {
            return Optional.empty();
        }
        double c = u[bestK];
        TwoLineFit fit = new TwoLineFit(c * scaleX + meanX, meanY + bestBeta[0] + bestBeta[1] * c,
                bestBeta[1] / scaleX, (bestBeta[1] + bestBeta[2]) / scaleX);
        return Optional.of(new KneeDetector.Candidate(fit, Math.max(bestSse, 0), Math.max(lineSse, 0), svv));
    }

    private void add(double[] tail, int i) {
        tail[0] += 1;
        tail[1] += u[i];
        tail[2] += u[i] * u[i];
        tail[3] += v[i];
        tail[4] += u[i] * v[i];
    }

    /** Normal equations of (1, u, h) with h = max(0, u - c); null when singular. */
    private double[] solveAt(double c, double[] tail) {
        double sh = tail[1] - c * tail[0];
        double shh = tail[2] - 2 * c * tail[1] + c * c * tail[0];
        double suh = tail[2] - c * tail[1];
        double shy = tail[4] - c * tail[3];
        double[][] m = {{u.length, su, sh}, {su, suu, suh}, {sh, suh, shh}};
        return solve3(m, new double[] {sv, suv, shy});
    }

    private double lineSse() {
        double n = u.length;
        double det = n * suu - su * su;
        double b0 = (sv * suu - su * suv) / det;
        double b1 = (n * suv - su * sv) / det;
        return svv - (b0 * sv + b1 * suv);
    }

    /** Cramer's rule: the system is 3 x 3 and well scaled (u centred in [-1, 1]). */
    private static double[] solve3(double[][] m, double[] r) {
        double det = det3(m[0], m[1], m[2]);
        if (Math.abs(det) < 1e-12 * Math.abs(m[0][0] * m[1][1] * m[2][2])) {
            return null;
        }
        double[] beta = new double[3];
        for (int col = 0; col < 3; col++) {
            double[][] a = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int row = 0; row < 3; row++) {
                a[row][col] = r[row];
            }
            beta[col] = det3(a[0], a[1], a[2]) / det;
        }
        return beta;
    }

    private static double det3(double[] a, double[] b, double[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
