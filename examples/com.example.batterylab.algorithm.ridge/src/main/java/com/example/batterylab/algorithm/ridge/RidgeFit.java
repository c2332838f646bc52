package com.example.batterylab.algorithm.ridge;

/**
 * Ridge regression y = b + sum w_j z_j on standardised inputs z, solved in closed form: w = (Z^T Z + lambda I)^-1
 * Z^T (y - mean y), b = mean y.
 */
record RidgeFit(double[] mean, double[] scale, double[] weights, double intercept) {

    static RidgeFit fit(double[][] x, double[] y, double lambda) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
        }
        double yMean = 0;
        for (double v : y) {
            yMean += v / n;
        }
        double[][] a = new double[d][d + 1];
        for (int i = 0; i < n; i++) {
            double[] z = standardise(x[i], mean, scale);
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    a[j][k] += z[j] * z[k];
                }
                a[j][d] += z[j] * (y[i] - yMean);
            }
        }
        for (int j = 0; j < d; j++) {
            a[j][j] += lambda;
        }
        return new RidgeFit(mean, scale, solve(a), yMean);
    }

    double predict(double[] x) {
        double[] z = standardise(x, mean, scale);
        double y = intercept;
        for (int j = 0; j < z.length; j++) {
            y += weights[j] * z[j];
        }
        return y;
    }

    private static double[] standardise(double[] x, double[] mean, double[] scale) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / scale[j];
        }
        return z;
    }

    /** Gaussian elimination with partial pivoting on the augmented matrix [A | b]. */
    private static double[] solve(double[][] a) {
        int d = a.length;
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-12) {
                throw new IllegalArgumentException("inputs are collinear: raise the regularisation above 0");
            }
            for (int r = col + 1; r < d; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= d; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] w = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = a[r][d];
            for (int c = r + 1; c < d; c++) {
                s -= a[r][c] * w[c];
            }
            w[r] = s / a[r][r];
        }
        return w;
    }
}
