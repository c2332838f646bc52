package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.List;

/**
 * Plain supervised regression for the shared loop: a block maps one input row (of any shape, e.g. features or a
 * window of cycles) to one scaled target value; the loss is the mean squared error in scaled units.
 */
public final class SupervisedTask implements TrainingTask {
    private final Block block;
    private final NDManager manager;
    private final Shape rowShape;
    private final int rowSize;
    private final float[] inputs;
    private final float[] targets;
    private final float[] validationInputs;
    private final double[] validationTruth;
    private final StandardScaler targetScaler;

    /**
     * @param inputs scaled training rows one after another, each of {@code rowShape}
     * @param targets scaled training targets, one per row
     * @param validationInputs scaled validation rows (may be empty)
     * @param validationTruth validation targets in target units, one per validation row
     */
    public SupervisedTask(Block block, NDManager manager, Shape rowShape, float[] inputs, float[] targets,
            float[] validationInputs, double[] validationTruth, StandardScaler targetScaler) {
        this.block = block;
        this.manager = manager;
        this.rowShape = rowShape;
        this.rowSize = Math.toIntExact(rowShape.size());
        this.inputs = inputs;
        this.targets = targets;
        this.validationInputs = validationInputs;
        this.validationTruth = validationTruth;
        this.targetScaler = targetScaler;
        if (inputs.length != targets.length * rowSize || validationInputs.length != validationTruth.length * rowSize) {
            throw new IllegalArgumentException("inputs do not match targets for rows of shape " + rowShape);
        }
    }

    @Override
    public int trainingRows() {
        return targets.length;
    }

    @Override
    public List<Parameter> parameters() {
        return block.getParameters().values();
    }

    @Override
    public NDArray batchLoss(NDManager batch, int[] rows) {
        NDArray input = batch.create(Batches.gather(inputs, rowSize, rows), new Shape(rows.length).addAll(rowShape));
        NDArray predicted = block.forward(new ParameterStore(batch, false), new NDList(input), true).get(0);
        return batch.create(Batches.gather(targets, rows), new Shape(rows.length, 1))
                .sub(predicted.reshape(rows.length, 1)).square().mean();
    }

    @Override
    public Validation validate() {
        if (validationTruth.length == 0) {
            return null;
        }
        float[] z = Networks.predictRows(block, manager, validationInputs, rowShape, TrainingResources.BATCH_SIZE * 4);
        double[] predicted = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            predicted[i] = targetScaler.inverse(0, z[i]);
        }
        return Validation.of(validationTruth, predicted, targetScaler);
    }

    /** Scaled copies of target values, as the loss sees them. */
    public static float[] scaledTargets(double[] values, StandardScaler scaler) {
        float[] scaled = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = (float) scaler.transform(0, values[i]);
        }
        return scaled;
    }
}
