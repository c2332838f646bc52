package io.batterylab.algorithm.bilstm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The BiLSTM as it was before the last-step shortcut (issue 16), for the equality tests: the whole stack over the
 * whole window, then the last time step's output through the head. Same child blocks and parameter names as
 * {@link BiLstmNetwork}.
 */
final class StraightforwardBiLstm extends AbstractBlock {
    private final LibtorchOrderLstm lstm;
    private final Linear head;

    StraightforwardBiLstm(int layers, int hidden) {
        super((byte) 1);
        lstm = addChildBlock("lstm", LibtorchOrderLstm.builder().setStateSize(hidden).setNumLayers(layers)
                .optBidirectional(true).optBatchFirst(true).build());
        head = addChildBlock("head", Linear.builder().setUnits(1).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray sequence = lstm.forward(parameterStore, inputs, training).head();
        return head.forward(parameterStore, new NDList(sequence.get(":, -1, :")), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] { new Shape(inputShapes[0].get(0), 1) };
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        lstm.initialize(manager, dataType, inputShapes[0]);
        Shape[] sequence = lstm.getOutputShapes(inputShapes);
        head.initialize(manager, dataType, new Shape(sequence[0].get(0), sequence[0].get(2)));
    }
}
