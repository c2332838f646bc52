package io.batterylab.algorithm.bilstm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A window of cycles (batch, L, inputs) through a stacked bidirectional LSTM; the output of the last time step
 * (both directions) goes through a linear unit to the scaled target.
 */
final class BiLstmNetwork extends AbstractBlock {
    private static final byte VERSION = 1;
    private final LibtorchOrderLstm lstm;
    private final Linear head;
    private final boolean lastStepOnly;

    BiLstmNetwork(int layers, int hidden) {
        this(layers, hidden, true);
    }

    /**
     * @param lastStepOnly whether the LSTM computes only what the last time step's output needs
     *        ({@link LibtorchOrderLstm#lastStep}); false runs the whole stack over the whole window, as before
     *        issue 16 (kept for the equality tests; same parameters, same numbers)
     */
    BiLstmNetwork(int layers, int hidden, boolean lastStepOnly) {
        super(VERSION);
        this.lastStepOnly = lastStepOnly;
        lstm = addChildBlock("lstm", LibtorchOrderLstm.builder().setStateSize(hidden).setNumLayers(layers)
                .optBidirectional(true).optBatchFirst(true).build());
        head = addChildBlock("head", Linear.builder().setUnits(1).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray last = lastStepOnly ? lstm.lastStep(parameterStore, inputs.head(), training)
                : lstm.forward(parameterStore, inputs, training).head().get(":, -1, :");
        return head.forward(parameterStore, new NDList(last), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] { new Shape(inputShapes[0].get(0), 1) };
    }

    @Override
    protected void initializeChildBlocks(ai.djl.ndarray.NDManager manager, DataType dataType, Shape... inputShapes) {
        lstm.initialize(manager, dataType, inputShapes[0]);
        Shape[] sequence = lstm.getOutputShapes(inputShapes);
        head.initialize(manager, dataType, new Shape(sequence[0].get(0), sequence[0].get(2)));
    }

    LibtorchOrderLstm lstm() {
        return lstm;
    }
}
