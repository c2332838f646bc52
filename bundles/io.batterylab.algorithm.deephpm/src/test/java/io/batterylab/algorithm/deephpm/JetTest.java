package io.batterylab.algorithm.deephpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.batterylab.ml.Autograd;
import io.batterylab.ml.DjlRuntime;
import org.junit.jupiter.api.Test;

/** Forward-mode derivatives on a toy whose derivatives are known by hand: u = w t^3. */
class JetTest {
    private static final double[] T = { -1, 0.5, 2 };
    private static final double W = 0.7;

    @Test
    void givenCubeTimesWeightWhenCarriedForwardThenFirstAndSecondTimeDerivativesAreAnalytic() {
        try (NDManager manager = DjlRuntime.newManager(); Autograd recording = Autograd.training()) {
            NDArray w = manager.create(new double[] { W });
            w.setRequiresGradient(true);
            Jet u = cube(manager, w);

            double[] ut = u.derivative(0).toType(DataType.FLOAT64, false).toDoubleArray();
            double[] utt = u.derivativeThenTime(0).toType(DataType.FLOAT64, false).toDoubleArray();
            for (int i = 0; i < T.length; i++) {
                assertEquals(3 * W * T[i] * T[i], ut[i], 1e-12, "du/dt at t=" + T[i]);
                assertEquals(6 * W * T[i], utt[i], 1e-12, "d2u/dt2 at t=" + T[i]);
            }
        }
    }

    @Test
    void givenLossOnTheDerivativeWhenBackwardThenWeightGradientIsAnalytic() {
        try (NDManager manager = DjlRuntime.newManager()) {
            NDArray w = manager.create(new double[] { W });
            w.setRequiresGradient(true);
            try (Autograd recording = Autograd.training()) {
                Jet u = cube(manager, w);
                // d/dw mean((3 w t^2)^2) = 18 w mean(t^4)
                recording.backward(u.derivative(0).square().mean());
            }
            double meanT4 = (1 + 0.0625 + 16) / 3;
            assertArrayEquals(new double[] { 18 * W * meanT4 }, w.getGradient().toDoubleArray(), 1e-12);
        }
        try (NDManager manager = DjlRuntime.newManager()) {
            NDArray w = manager.create(new double[] { W });
            w.setRequiresGradient(true);
            try (Autograd recording = Autograd.training()) {
                // d/dw mean((6 w t)^2) = 72 w mean(t^2)
                recording.backward(cube(manager, w).derivativeThenTime(0).square().mean());
            }
            double meanT2 = (1 + 0.25 + 4) / 3;
            assertArrayEquals(new double[] { 72 * W * meanT2 }, w.getGradient().toDoubleArray(), 1e-12);
        }
    }

    private static Jet cube(NDManager manager, NDArray w) {
        Jet.Constants constants = Jet.Constants.of(manager, DataType.FLOAT64);
        NDArray t = manager.create(T, new Shape(T.length, 1));
        Jet x = Jet.input(t, new int[] { 0 }, true, constants);
        return x.mul(x).mul(x).scale(w);
    }
}
