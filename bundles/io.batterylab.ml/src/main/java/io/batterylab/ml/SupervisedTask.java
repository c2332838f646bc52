package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Optional;

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
    private final BatchRows batchInputs;
    private final BatchRows batchTargets;
    /** Without copies a store only hands out the parameters' own arrays: one for all batches, not one per batch. */
    private final ParameterStore parameterStore;

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
        this.batchInputs = new BatchRows(inputs, rowShape);
        this.batchTargets = new BatchRows(targets, new Shape(1));
        this.parameterStore = new ParameterStore(manager, false);
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
        NDArray input = batchInputs.gather(batch, rows);
        NDArray predicted = block.forward(parameterStore, new NDList(input), true).get(0);
        NDArray target = batchTargets.gather(batch, rows);
        // a reshape that changes nothing is still one more native operation and backward node per step
        return target.sub(target.getShape().equals(predicted.getShape()) ? predicted : predicted.reshape(target.getShape()))
                .square().mean();
    }

    /**
     * {@link DenseTanhStep} when the block is a tanh MLP without dropout from one row of features to one value (the
     * Baseline's network with dropout 0); autograd otherwise.
     */
    @Override
    public Optional<GradientStep> gradientStep() {
        if (rowShape.dimension() != 1) {
            return Optional.empty();
        }
        return TanhMlp.of(block)
                .filter(mlp -> mlp.inputsOf(0) == rowSize && mlp.unitsOf(mlp.layers() - 1) == 1)
                .map(mlp -> new DenseTanhStep(mlp, inputs, targets));
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
