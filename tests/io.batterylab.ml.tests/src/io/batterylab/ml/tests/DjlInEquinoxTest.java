package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.Networks;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.StandardScaler;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import io.batterylab.ml.TrainingTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** DJL's PyTorch engine starts offline inside Equinox and trains a small network there. */
class DjlInEquinoxTest {
    @Test
    void givenTestRuntimeThenDjlIsToldToStayOfflineWithoutTracking() {
        assertEquals("true", System.getenv("OPT_OUT_TRACKING"));
        assertEquals("true", System.getenv("DJL_OFFLINE"));
        assertNotNull(System.getenv("DJL_CACHE_DIR"), "DJL_CACHE_DIR must point into the build's target directory");
    }

    @Test
    void givenEngineBundleWithItsFragmentsWhenStartingThenPyTorchLoadsFromTheShippedNatives() throws IOException {
        Engine engine = DjlRuntime.engine();

        assertEquals("PyTorch", engine.getEngineName());
        assertEquals("2.7.1", engine.getVersion());
        Bundle engineBundle = FrameworkUtil.getBundle(engine.getClass());
        assertNotNull(engineBundle, "the engine must come from a bundle, not the boot class path");
        assertEquals("ai.djl.pytorch.engine", engineBundle.getSymbolicName());
        // extracted from the fragments into the cache this build set, e.g. pytorch/2.7.1-20250812-cpu-linux-x86_64
        Path natives = extractedNatives(Path.of(System.getenv("DJL_CACHE_DIR"), "pytorch"));
        assertTrue(Files.isRegularFile(natives.resolve("libtorch_cpu.so")), "libtorch extracted to " + natives);
        assertTrue(Files.isRegularFile(natives.resolve("0.36.0-libdjl_torch.so")), "JNI library extracted to " + natives);
    }

    private static Path extractedNatives(Path pytorch) throws IOException {
        try (Stream<Path> dirs = Files.list(pytorch)) {
            List<Path> found = dirs.filter(d -> d.getFileName().toString().matches("2\\.7\\.1-.*cpu-linux-x86_64")).toList();
            assertEquals(1, found.size(), "one libtorch 2.7.1 CPU directory under " + pytorch + ": " + found);
            return found.get(0);
        }
    }

    @Test
    void givenSmallTanhNetworkWhenTrainedOnASineThenItFitsIt() {
        int rows = 256;
        float[] x = new float[rows];
        double[] truth = new double[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = (float) (-Math.PI + 2 * Math.PI * i / (rows - 1));
            truth[i] = Math.sin(x[i]);
        }
        List<EpochMetrics> epochs = new ArrayList<>();
        try (NDManager manager = DjlRuntime.newManager()) {
            SequentialBlock mlp = Networks.tanhMlp(2, 16, 1);
            mlp.setInitializer(SeededInitializer.xavier(1), Parameter.Type.WEIGHT);
            mlp.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
            TrainingTask task = new TrainingTask() {
                @Override
                public int trainingRows() {
                    return rows;
                }

                @Override
                public List<Parameter> parameters() {
                    return mlp.getParameters().values();
                }

                @Override
                public NDArray batchLoss(NDManager batch, int[] picked) {
                    float[] xs = new float[picked.length];
                    float[] ys = new float[picked.length];
                    for (int i = 0; i < picked.length; i++) {
                        xs[i] = x[picked[i]];
                        ys[i] = (float) truth[picked[i]];
                    }
                    NDArray input = batch.create(xs, new Shape(picked.length, 1));
                    NDArray y = mlp.forward(new ParameterStore(batch, false), new NDList(input), true).singletonOrThrow();
                    return batch.create(ys, new Shape(picked.length, 1)).sub(y).square().mean();
                }

                @Override
                public Validation validate() {
                    float[] y = Networks.predictRows(mlp, manager, x, new Shape(1), 64);
                    double[] predicted = new double[rows];
                    for (int i = 0; i < rows; i++) {
                        predicted[i] = y[i];
                    }
                    return Validation.of(truth, predicted, StandardScaler.fit(truth));
                }
            };
            TrainingLoop.run(task, new TrainingOptions(300, 0.01, 32, 1), manager, new TrainingMonitor() {
                @Override
                public void epoch(EpochMetrics metrics) {
                    epochs.add(metrics);
                }

                @Override
                public void log(String line) {
                }

                @Override
                public boolean isCanceled() {
                    return false;
                }
            });
        }
        assertEquals(300, epochs.size());
        double r2 = epochs.get(epochs.size() - 1).validation().r2();
        assertTrue(r2 > 0.98, "R2 of the fitted sine: " + r2);
    }
}
