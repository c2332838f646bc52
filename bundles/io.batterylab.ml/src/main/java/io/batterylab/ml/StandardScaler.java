package io.batterylab.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Per-column standardisation z = (x - mean) / scale with the population standard deviation (as scikit-learn's
 * StandardScaler); a constant column gets scale 1 so that it maps to 0 rather than to NaN. Saved with the model so
 * that predictions after a restart see the same inputs.
 */
public record StandardScaler(double[] mean, double[] scale) {
    public StandardScaler {
        if (mean.length != scale.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " columns, scale " + scale.length);
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    /** Fits on rows of equal length; NaN values must have been removed. */
    public static StandardScaler fit(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("cannot fit a scaler on no rows");
        }
        int columns = rows[0].length;
        double[] mean = new double[columns];
        double[] scale = new double[columns];
        for (double[] row : rows) {
            for (int c = 0; c < columns; c++) {
                mean[c] += row[c];
            }
        }
        for (int c = 0; c < columns; c++) {
            mean[c] /= rows.length;
        }
        for (double[] row : rows) {
            for (int c = 0; c < columns; c++) {
                double d = row[c] - mean[c];
                scale[c] += d * d;
            }
        }
        for (int c = 0; c < columns; c++) {
            double std = Math.sqrt(scale[c] / rows.length);
            scale[c] = std > 0 ? std : 1;
        }
        return new StandardScaler(mean, scale);
    }

    /** A scaler for one column, e.g. the target. */
    public static StandardScaler fit(double[] values) {
        double[][] rows = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new double[] { values[i] };
        }
        return fit(rows);
    }

    public int columns() {
        return mean.length;
    }

    public double transform(int column, double value) {
        return (value - mean[column]) / scale[column];
    }

    public double inverse(int column, double z) {
        return z * scale[column] + mean[column];
    }

    /** Rows flattened row by row into one float array, scaled: the layout of an (n, columns) NDArray. */
    public float[] transformFlat(double[][] rows) {
        int columns = columns();
        float[] flat = new float[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, expected " + columns);
            }
            for (int c = 0; c < columns; c++) {
                flat[r * columns + c] = (float) transform(c, rows[r][c]);
            }
        }
        return flat;
    }

    public void write(Path file) throws IOException {
        ModelFiles.writeJson(file, this);
    }

    public static StandardScaler read(Path file) throws IOException {
        return ModelFiles.readJson(file, StandardScaler.class);
    }

    // Records compare arrays by reference; scalers are compared by value.
    @Override
    public boolean equals(Object o) {
        return o instanceof StandardScaler other && Arrays.equals(mean, other.mean)
                && Arrays.equals(scale, other.scale);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "StandardScaler[mean=" + Arrays.toString(mean) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
