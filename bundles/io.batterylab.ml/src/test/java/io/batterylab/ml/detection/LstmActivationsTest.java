package io.batterylab.ml.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Java LSTM's activations against {@link StrictMath} on every float step of 1/1024 over ±20 and beyond. */
class LstmActivationsTest {
    private static final int STEPS = 20 * 1024;

    @Test
    void givenFloats_whenTanh_thenWithinOneUlpOfStrictMath() {
        float[] x = grid();
        float[] y = gates(x, 1, 0);
        for (int i = 0; i < x.length; i++) {
            float exact = (float) StrictMath.tanh(x[i]);
            assertTrue(Math.abs(y[i] - exact) <= Math.ulp(exact), "tanh(" + x[i] + ") = " + y[i] + ", not " + exact);
            assertTrue(Math.abs(y[i]) <= 1, "tanh(" + x[i] + ") = " + y[i]);
        }
    }

    @Test
    void givenFloats_whenSigmoid_thenWithinHalfAnUlpOfOneOfStrictMath() {
        float[] x = grid();
        float[] y = gates(x, 0.5f, 0.5f);
        for (int i = 0; i < x.length; i++) {
            double exact = 1 / (1 + StrictMath.exp(-x[i]));
            assertEquals(exact, y[i], Math.ulp(1f) / 2, "sigmoid(" + x[i] + ")");
        }
    }

    @Test
    void givenTinyAndHugeInputs_whenTanh_thenSignedZeroAndOne() {
        float[] x = {0f, -0f, 1e-30f, -1e-30f, 1e30f, -1e30f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (float v : x) {
            assertEquals((float) StrictMath.tanh(v), (float) LstmActivations.tanh(v), "tanh(" + v + ")");
        }
    }

    private static float[] gates(float[] x, float scale, float shift) {
        float[] scales = new float[x.length];
        float[] shifts = new float[x.length];
        Arrays.fill(scales, scale);
        Arrays.fill(shifts, shift);
        float[] y = x.clone();
        LstmActivations.gates(y, y.length, scales, shifts);
        return y;
    }

    private static float[] grid() {
        float[] x = new float[2 * STEPS + 3];
        for (int i = -STEPS; i <= STEPS; i++) {
            x[i + STEPS] = i / 1024f;
        }
        x[2 * STEPS + 1] = 1e-7f;
        x[2 * STEPS + 2] = -3e-5f;
        return x;
    }
}
