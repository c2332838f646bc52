package io.batterylab.ml.detection;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.batterylab.ml.Batches;
import io.batterylab.ml.TrainingTask;
import java.util.List;

/**
 * Windows labelled runaway (1) or normal (0) for the shared training loop; the block gives one logit per window and
 * the loss is the binary cross-entropy of its sigmoid, written in the stable form
 * max(z, 0) − z·y + log(1 + e^−|z|) with array operations only (no scalar temporaries that backward would need).
 */
final class WindowClassificationTask implements TrainingTask {
    private final Block block;
    private final Shape rowShape;
    private final int rowSize;
    private final float[] inputs;
    private final float[] labels;

    WindowClassificationTask(Block block, Shape rowShape, float[] inputs, float[] labels) {
        this.block = block;
        this.rowShape = rowShape;
        this.rowSize = Math.toIntExact(rowShape.size());
        this.inputs = inputs;
        this.labels = labels;
        if (inputs.length != labels.length * rowSize) {
            throw new IllegalArgumentException(labels.length + " labels for " + inputs.length / rowSize + " windows");
        }
    }

    @Override
    public int trainingRows() {
        return labels.length;
    }

    @Override
    public List<Parameter> parameters() {
        return block.getParameters().values();
    }

    @Override
    public NDArray batchLoss(NDManager batch, int[] rows) {
        NDArray input = batch.create(Batches.gather(inputs, rowSize, rows), new Shape(rows.length).addAll(rowShape));
        NDArray truth = batch.create(Batches.gather(labels, rows), new Shape(rows.length));
        NDArray z = block.forward(new ParameterStore(batch, false), new NDList(input), true).get(0)
                .reshape(rows.length);
        return Activation.relu(z).sub(z.mul(truth)).add(Activation.softPlus(z.abs().neg())).mean();
    }

    @Override
    public Validation validate() {
        return null;
    }
}
