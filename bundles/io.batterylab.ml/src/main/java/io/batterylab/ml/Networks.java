package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import java.util.Arrays;
import java.util.List;

/** Small building blocks shared by the algorithms. */
public final class Networks {
    private Networks() {
    }

    /** A fully connected network: {@code layers} hidden layers of {@code neurons} tanh units, then a linear output. */
    public static SequentialBlock tanhMlp(int layers, int neurons, int outputs) {
        return tanhMlp(layers, neurons, outputs, 0, 0);
    }

    /**
     * As {@link #tanhMlp(int, int, int)} with {@link SeededDropout} after every hidden layer when {@code dropout} is
     * above 0 (without dropout the block is the same as before, so older checkpoints still load).
     */
    public static SequentialBlock tanhMlp(int layers, int neurons, int outputs, double dropout, long seed) {
        SequentialBlock mlp = new SequentialBlock();
        for (int i = 0; i < layers; i++) {
            mlp.add(Linear.builder().setUnits(neurons).build()).add(Activation.tanhBlock());
            if (dropout > 0) {
                mlp.add(new SeededDropout(dropout, seed * 31 + i));
            }
        }
        return mlp.add(Linear.builder().setUnits(outputs).build());
    }

    /**
     * The block's first output for each row, in batches, without recording gradients.
     *
     * @param flat the rows one after another, each of {@code rowShape}
     */
    public static float[] predictRows(Block block, NDManager manager, float[] flat, Shape rowShape, int batchSize) {
        int rowSize = Math.toIntExact(rowShape.size());
        int rows = flat.length / rowSize;
        float[] out = new float[rows];
        // libtorch's thread count is the calling thread's: a small network on one thread leaves the other core to the
        // caller's peers (the monitor's workers assess at the same time) instead of waking a second thread per step;
        // the caller's count is back afterwards (a training run predicts between its batches)
        int callers = JniUtils.getNumThreads();
        int threads = StepThreads.configured(System.getProperties())
                .forWork(inferenceWork(block, rowShape, Math.min(batchSize, rows)));
        if (threads != callers) {
            JniUtils.setNumThreads(threads);
        }
        try (Autograd noGraph = Autograd.inference()) {
            for (int from = 0; from < rows; from += batchSize) {
                int n = Math.min(batchSize, rows - from);
                float[] chunk = new float[n * rowSize];
                System.arraycopy(flat, from * rowSize, chunk, 0, chunk.length);
                try (NDManager batch = manager.newSubManager()) {
                    NDArray x = batch.create(chunk, new Shape(n).addAll(rowShape));
                    NDArray y = block.forward(new ParameterStore(batch, false), new NDList(x), false).get(0);
                    float[] values = y.toFloatArray();
                    System.arraycopy(values, 0, out, from, n);
                }
            }
        } finally {
            if (threads != callers) {
                JniUtils.setNumThreads(callers);
            }
        }
        return out;
    }

    /**
     * About the multiply-adds of one batch: parameter values × rows × steps (a row of shape (steps, features) goes
     * through a sequence network once per step; a row of features once), the measure {@link StepThreads} compares.
     */
    static long inferenceWork(Block block, Shape rowShape, int batchRows) {
        long values = 0;
        for (var parameter : block.getParameters()) {
            values += parameter.getValue().getArray().size();
        }
        long steps = rowShape.dimension() > 1 ? rowShape.size() / rowShape.get(rowShape.dimension() - 1) : 1;
        return values * batchRows * steps;
    }

    /**
     * Predictions in target units for cycle rows by a block that maps one row of (features..., cycle) to the scaled
     * target; NaN for rows that lack a selected feature.
     */
    public static double[] predictCycles(Block block, NDManager manager, List<CycleRecord> cycles, List<Feature> features,
            StandardScaler inputScaler, StandardScaler targetScaler) {
        double[] predictions = new double[cycles.size()];
        Arrays.fill(predictions, Double.NaN);
        int[] usable = new int[cycles.size()];
        double[][] rows = new double[cycles.size()][];
        int n = 0;
        for (int i = 0; i < cycles.size(); i++) {
            double[] x = CycleRows.inputs(cycles.get(i), features);
            if (CycleRows.complete(x)) {
                usable[n] = i;
                rows[n++] = x;
            }
        }
        if (n == 0) {
            return predictions;
        }
        float[] z = predictRows(block, manager, inputScaler.transformFlat(Arrays.copyOf(rows, n)),
                new Shape(inputScaler.columns()), TrainingResources.BATCH_SIZE * 4);
        for (int k = 0; k < n; k++) {
            predictions[usable[k]] = targetScaler.inverse(0, z[k]);
        }
        return predictions;
    }
}
