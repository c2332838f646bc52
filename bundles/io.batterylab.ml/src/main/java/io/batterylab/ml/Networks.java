package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;

/** Small building blocks shared by the algorithms. */
public final class Networks {
    private Networks() {
    }

    /** A fully connected network: {@code layers} hidden layers of {@code neurons} tanh units, then a linear output. */
    public static SequentialBlock tanhMlp(int layers, int neurons, int outputs) {
        SequentialBlock mlp = new SequentialBlock();
        for (int i = 0; i < layers; i++) {
            mlp.add(Linear.builder().setUnits(neurons).build()).add(Activation.tanhBlock());
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
        }
        return out;
    }
}
