package io.batterylab.source.mat;

/**
 * A real numeric MATLAB variable as plain doubles, column-major as MATLAB stores it, so that the
 * layout checks need no MAT-file library.
 */
record MatArray(String name, int rows, int cols, double[] values) {
    MatArray {
        if ((long) rows * cols != values.length) {
            throw new IllegalArgumentException(name + ": " + rows + " x " + cols + " but " + values.length + " values");
        }
    }

    double get(int row, int col) {
        return values[col * rows + row];
    }

    /** The i-th value of a vector (rows x 1 or 1 x cols). */
    double get(int i) {
        return values[i];
    }

    boolean isVector() {
        return rows == 1 || cols == 1;
    }

    int length() {
        return values.length;
    }

    String size() {
        return rows + " x " + cols;
    }
}
