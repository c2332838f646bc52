package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class AutogradTest {
    @Test
    void givenSumOfCubesWhenBackwardThenGradientIsThreeXSquared() {
        try (NDManager manager = DjlRuntime.newManager()) {
            NDArray x = manager.create(new float[] { -1, 0.5f, 2 });
            x.setRequiresGradient(true);
            try (Autograd recording = Autograd.training()) {
                recording.backward(x.pow(3).sum());
            }
            assertArrayEquals(new float[] { 3, 0.75f, 12 }, x.getGradient().toFloatArray(), 1e-6f);
        }
    }

    @Test
    void givenInferenceWhenComputingThenNoGraphIsRecorded() {
        try (NDManager manager = DjlRuntime.newManager()) {
            NDArray x = manager.create(new float[] { 1, 2 });
            x.setRequiresGradient(true);
            try (Autograd noGraph = Autograd.inference()) {
                NDArray y = x.mul(x);
                assertFalse(y.hasGradient());
            }
        }
    }
}
