package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeededDropoutTest {
    private static final Shape SHAPE = new Shape(100, 200);

    static float[] pass(NDManager manager, SeededDropout dropout, boolean training) {
        if (!dropout.isInitialized()) {
            dropout.initialize(manager, DataType.FLOAT32, SHAPE);
        }
        NDArray ones = manager.ones(SHAPE);
        return dropout.forward(new ParameterStore(manager, false), new NDList(ones), training).head().toFloatArray();
    }

    @Test
    void givenTrainingPassWhenAppliedToOnesThenAboutRateAreZeroAndTheRestScaled() {
        try (NDManager manager = DjlRuntime.newManager()) {
            float[] y = pass(manager, new SeededDropout(0.25, 1), true);
            long zeros = 0;
            for (float v : y) {
                if (v == 0f) {
                    zeros++;
                } else {
                    assertEquals(1 / 0.75, v, 1e-6);
                }
            }
            // 20 000 units, p = 0.25: the standard deviation of the share is 0.003
            assertEquals(0.25, zeros / (double) y.length, 0.015);
            double mean = 0;
            for (float v : y) {
                mean += v / y.length;
            }
            assertEquals(1, mean, 0.03, "inverted dropout keeps the expected value");
        }
    }

    @Test
    void givenInferencePassOrRateZeroWhenAppliedThenInputUnchanged() {
        try (NDManager manager = DjlRuntime.newManager()) {
            float[] ones = new float[Math.toIntExact(SHAPE.size())];
            Arrays.fill(ones, 1f);
            assertArrayEquals(ones, pass(manager, new SeededDropout(0.5, 1), false));
            assertArrayEquals(ones, pass(manager, new SeededDropout(0, 1), true));
        }
    }

    @Test
    void givenSameSeedWhenTrainingThenSameMasksAndAnotherSeedOthers() {
        try (NDManager manager = DjlRuntime.newManager()) {
            float[] a = pass(manager, new SeededDropout(0.1, 42), true);
            assertArrayEquals(a, pass(manager, new SeededDropout(0.1, 42), true));
            assertTrue(!Arrays.equals(a, pass(manager, new SeededDropout(0.1, 43), true)));
        }
    }

    @Test
    void givenRateOutsideZeroToOneWhenCreatedThenRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SeededDropout(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SeededDropout(-0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SeededDropout(Double.NaN, 1));
    }
}
