package io.batterylab.ml.detection;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A window (batch, samples, features) through a sequence encoder (batch, samples, hidden), pooled over the samples
 * (the last one for a recurrent encoder, the mean for attention) and through one linear unit to the runaway logit
 * (batch, 1).
 */
public final class PooledSequenceBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    /** How the encoder's outputs over the window become one vector. */
    public enum Pooling {
        LAST, MEAN
    }

    private final Block encoder;
    private final Linear head;
    private final Pooling pooling;

    public PooledSequenceBlock(Block encoder, Pooling pooling) {
        super(VERSION);
        this.encoder = addChildBlock("encoder", encoder);
        this.head = addChildBlock("head", Linear.builder().setUnits(1).build());
        this.pooling = pooling;
    }

    Block encoder() {
        return encoder;
    }

    Linear head() {
        return head;
    }

    Pooling pooling() {
        return pooling;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray sequence = encoder.forward(parameterStore, inputs, training).head();
        NDArray pooled = pooling == Pooling.LAST ? sequence.get(":, -1, :") : sequence.mean(new int[] {1});
        return head.forward(parameterStore, new NDList(pooled), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes[0]);
        Shape sequence = encoder.getOutputShapes(inputShapes)[0];
        head.initialize(manager, dataType, new Shape(sequence.get(0), sequence.get(2)));
    }
}
