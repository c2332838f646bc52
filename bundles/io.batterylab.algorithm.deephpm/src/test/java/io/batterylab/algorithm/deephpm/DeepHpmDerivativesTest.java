package io.batterylab.algorithm.deephpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import io.batterylab.ml.Autograd;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.SeededInitializer;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The exact forward-mode derivatives of the DeepHPM networks against two independent references: libtorch's own
 * double backward (create-graph; leaks memory, so only here) and central differences in double precision.
 */
class DeepHpmDerivativesTest {
    private static final int FEATURES = 2;
    private static final int ROWS = 5;

    static DeepHpmNetwork network(NDManager manager, DataType type, DynamicalInputs g) {
        return network(manager, type, g, 0);
    }

    /** Same weights every time; with dropout, the same masks on the first pass of every new network. */
    static DeepHpmNetwork network(NDManager manager, DataType type, DynamicalInputs g, double dropout) {
        DeepHpmNetwork network = new DeepHpmNetwork(FEATURES, 2, 8, g, dropout, 5);
        network.setInitializer(SeededInitializer.xavier(11), Parameter.Type.WEIGHT);
        network.setInitializer(SeededInitializer.uniform(12, 0.5), Parameter.Type.BIAS);
        network.initialize(manager, type, new Shape(1, FEATURES + 1));
        return network;
    }

    static double[] inputs() {
        Random random = new Random(3);
        double[] x = new double[ROWS * (FEATURES + 1)];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2 * random.nextDouble() - 1;
        }
        return x;
    }

    @Test
    void givenSurrogateWhenDifferentiatedForwardThenFirstDerivativesMatchLibtorchDoubleBackward() {
        try (NDManager manager = DjlRuntime.newManager(); Autograd recording = Autograd.training()) {
            DeepHpmNetwork network = network(manager, DataType.FLOAT32, DynamicalInputs.S_T_U_US);
            NDArray x = manager.create(inputs(), new Shape(ROWS, FEATURES + 1)).toType(DataType.FLOAT32, false);
            x.setRequiresGradient(true);
            NDArray u = network.forward(new ParameterStore(manager, false), new NDList(x), true).head();
            JniUtils.backward((PtNDArray) u, (PtNDArray) u.onesLike(), true, true);
            float[] reference = x.getGradient().toFloatArray();

            int[] directions = { FEATURES, 0, 1 };
            Jet jet = DeepHpmNetwork.through(network.surrogate(),
                    Jet.input(x.duplicate(), directions, false, Jet.Constants.of(manager, DataType.FLOAT32)));
            for (int a = 0; a < directions.length; a++) {
                float[] forward = jet.derivative(a).toFloatArray();
                for (int r = 0; r < ROWS; r++) {
                    assertEquals(reference[r * (FEATURES + 1) + directions[a]], forward[r], 1e-6,
                            "du/dx" + directions[a] + " row " + r);
                }
            }
        }
    }

    @Test
    void givenResidualsWhenComparedWithCentralDifferencesThenTimeDerivativesAgree() {
        try (NDManager manager = DjlRuntime.newManager(); Autograd noGraph = Autograd.inference()) {
            DeepHpmNetwork network = network(manager, DataType.FLOAT64, DynamicalInputs.S_T_U_US);
            Jet.Constants constants = Jet.Constants.of(manager, DataType.FLOAT64);
            double[] x = inputs();
            DeepHpmNetwork.Residuals r = network.residuals(manager.create(x, new Shape(ROWS, FEATURES + 1)), constants);
            double h = 1e-4;
            Function<Double, DeepHpmNetwork.Residuals> shifted = dt -> {
                double[] moved = x.clone();
                for (int row = 0; row < ROWS; row++) {
                    moved[row * (FEATURES + 1) + FEATURES] += dt;
                }
                return network.residuals(manager.create(moved, new Shape(ROWS, FEATURES + 1)), constants);
            };
            DeepHpmNetwork.Residuals plus = shifted.apply(h);
            DeepHpmNetwork.Residuals minus = shifted.apply(-h);
            double[] u1 = plus.u().toDoubleArray();
            double[] u0 = minus.u().toDoubleArray();
            double[] f1 = plus.f().toDoubleArray();
            double[] f0 = minus.f().toDoubleArray();
            double[] ut = r.ut().toDoubleArray();
            double[] ft = r.ft().toDoubleArray();
            for (int row = 0; row < ROWS; row++) {
                assertEquals((f1[row] - f0[row]) / (2 * h), ft[row], 1e-7, "dF/dt row " + row);
                assertEquals((u1[row] - u0[row]) / (2 * h), ut[row], 1e-7, "du/dt row " + row);
            }
        }
    }

    @Test
    void givenDropoutWhenResidualsThenWholeNetworksAndOnlyTheDataPassDropsUnits() {
        try (NDManager manager = DjlRuntime.newManager(); Autograd noGraph = Autograd.inference()) {
            Jet.Constants constants = Jet.Constants.of(manager, DataType.FLOAT64);
            NDArray x = manager.create(inputs(), new Shape(ROWS, FEATURES + 1));
            DeepHpmNetwork dropped = network(manager, DataType.FLOAT64, DynamicalInputs.S_T_U_US, 0.3);
            DeepHpmNetwork.Residuals withDropout = dropped.residuals(x, constants);
            DeepHpmNetwork.Residuals whole = network(manager, DataType.FLOAT64, DynamicalInputs.S_T_U_US)
                    .residuals(x, constants);
            assertArrayEquals(whole.f().toDoubleArray(), withDropout.f().toDoubleArray());
            assertArrayEquals(whole.ft().toDoubleArray(), withDropout.ft().toDoubleArray());
            assertTrue(dropped.hasDropout());
            double[] trainingPass = dropped.surrogate().forward(new ParameterStore(manager, false), new NDList(x), true)
                    .head().toDoubleArray();
            assertFalse(java.util.Arrays.equals(whole.u().toDoubleArray(), trainingPass), "dropout must act on the data pass");
        }
    }

    @Test
    void givenLossOnDerivativeWhenBackwardThenWeightGradientMatchesCentralDifferences() {
        try (NDManager manager = DjlRuntime.newManager()) {
            DeepHpmNetwork network = network(manager, DataType.FLOAT64, DynamicalInputs.S_T_U);
            Jet.Constants constants = Jet.Constants.of(manager, DataType.FLOAT64);
            NDArray x = manager.create(inputs(), new Shape(ROWS, FEATURES + 1));
            NDArray weight = network.surrogate().getChildren().get(0).getValue().getParameters().get("weight").getArray();
            Function<Void, Double> loss = v -> {
                DeepHpmNetwork.Residuals r = network.residuals(x, constants);
                return r.f().square().mean().add(r.ft().square().mean()).getDouble();
            };
            try (Autograd recording = Autograd.training()) {
                DeepHpmNetwork.Residuals r = network.residuals(x, constants);
                recording.backward(r.f().square().mean().add(r.ft().square().mean()));
            }
            double analytic = weight.getGradient().getDouble(1, 2);
            double h = 1e-6;
            double w = weight.getDouble(1, 2);
            double up;
            double down;
            try (Autograd noGraph = Autograd.inference()) {
                weight.set(new ai.djl.ndarray.index.NDIndex(1, 2), w + h);
                up = loss.apply(null);
                weight.set(new ai.djl.ndarray.index.NDIndex(1, 2), w - h);
                down = loss.apply(null);
                weight.set(new ai.djl.ndarray.index.NDIndex(1, 2), w);
            }
            assertEquals((up - down) / (2 * h), analytic, 1e-7 * Math.max(1, Math.abs(analytic)));
        }
    }
}
