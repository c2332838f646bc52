package io.batterylab.ml;

import java.util.Random;

/**
 * The small fixed problem the loop's equality tests train on: y = sin(2 a) + b c on seeded random inputs in [-1, 1]
 * (inputs after the third are noise).
 *
 * @param x the rows one after another, {@code inputs} values each
 * @param y one target per row
 */
record SineRows(float[] x, float[] y) {
    static SineRows of(int inputs, int rows) {
        Random random = new Random(11);
        float[] x = new float[rows * inputs];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < inputs; j++) {
                x[i * inputs + j] = (float) (random.nextDouble() * 2 - 1);
            }
            y[i] = (float) (Math.sin(2 * x[i * inputs]) + x[i * inputs + 1] * x[i * inputs + 2]);
        }
        return new SineRows(x, y);
    }
}
