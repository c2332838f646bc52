package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeededInitializerTest {
    @Test
    void givenWeightShapeWhenComputingXavierBoundThenFromFanInAndFanOut() {
        // (out 3, in 5): sqrt(6 / 8)
        assertEquals(Math.sqrt(0.75), SeededInitializer.xavierBound(new Shape(3, 5)), 1e-12);
    }

    @Test
    void givenSeedWhenInitialisingTwiceThenSameValuesWithinBoundAndAnotherSeedDiffers() {
        try (NDManager manager = DjlRuntime.newManager()) {
            Shape shape = new Shape(3, 5);
            float[] a = SeededInitializer.xavier(42).initialize(manager, shape, DataType.FLOAT32).toFloatArray();
            float[] b = SeededInitializer.xavier(42).initialize(manager, shape, DataType.FLOAT32).toFloatArray();
            float[] c = SeededInitializer.xavier(43).initialize(manager, shape, DataType.FLOAT32).toFloatArray();
            assertArrayEquals(a, b);
            assertFalse(Arrays.equals(a, c));
            for (float v : a) {
                assertTrue(Math.abs(v) <= Math.sqrt(0.75));
            }
        }
    }
}
