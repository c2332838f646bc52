package io.batterylab.detector.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One post-norm Transformer encoder layer with a single attention head, written out rather than DJL's
 * {@code TransformerEncoderBlock} (which normalises with batch norm and draws dropout from libtorch's global
 * generator): (batch, samples, features) → linear embedding of width d → softmax(Q·Kᵀ)·V, projected, added, layer
 * norm → ReLU feed-forward, added, layer norm → (batch, samples, d). The usual 1/√d on the scores is left to the
 * learned query weights (a scalar division would be a temporary that backward reads after it is freed, see
 * BUILD-NOTES); the order of the samples reaches the layer through the position feature of the window sequence.
 */
final class AttentionEncoder extends AbstractBlock {
    private static final byte VERSION = 1;
    private final int width;
    private final Linear embed;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear mix;
    private final LayerNorm attentionNorm;
    private final Linear expand;
    private final Linear contract;
    private final LayerNorm outputNorm;

    AttentionEncoder(int width, int feedForward) {
        super(VERSION);
        this.width = width;
        embed = addChildBlock("embed", linear(width));
        query = addChildBlock("query", linear(width));
        key = addChildBlock("key", linear(width));
        value = addChildBlock("value", linear(width));
        mix = addChildBlock("mix", linear(width));
        attentionNorm = addChildBlock("attentionNorm", LayerNorm.builder().axis(2).build());
        expand = addChildBlock("expand", linear(feedForward));
        contract = addChildBlock("contract", linear(width));
        outputNorm = addChildBlock("outputNorm", LayerNorm.builder().axis(2).build());
    }

    private static Linear linear(int units) {
        return Linear.builder().setUnits(units).build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray h = apply(embed, ps, inputs.head(), training);
        NDArray q = apply(query, ps, h, training);
        NDArray k = apply(key, ps, h, training);
        NDArray v = apply(value, ps, h, training);
        NDArray attention = q.matMul(k.transpose(0, 2, 1)).softmax(2).matMul(v);
        NDArray attended = apply(attentionNorm, ps, h.add(apply(mix, ps, attention, training)), training);
        NDArray fed = apply(contract, ps, Activation.relu(apply(expand, ps, attended, training)), training);
        return new NDList(apply(outputNorm, ps, attended.add(fed), training));
    }

    private static NDArray apply(Block block, ParameterStore ps, NDArray input, boolean training) {
        return block.forward(ps, new NDList(input), training).head();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), inputShapes[0].get(1), width)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape hidden = new Shape(in.get(0), in.get(1), width);
        embed.initialize(manager, dataType, in);
        for (Block block : new Block[] {query, key, value, mix, attentionNorm, expand}) {
            block.initialize(manager, dataType, hidden);
        }
        contract.initialize(manager, dataType, expand.getOutputShapes(new Shape[] {hidden}));
        outputNorm.initialize(manager, dataType, hidden);
    }
}
