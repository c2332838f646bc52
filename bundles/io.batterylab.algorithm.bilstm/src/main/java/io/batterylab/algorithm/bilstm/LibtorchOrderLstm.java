package io.batterylab.algorithm.bilstm;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.internal.NDArrayEx;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * An LSTM layer stack that hands libtorch its parameters in libtorch's order. DJL 0.36's own {@code LSTM} passes
 * them per layer as all weights of both directions, then all biases; libtorch expects, per layer and direction,
 * weight_ih, weight_hh, bias_ih, bias_hh. With one direction both orders agree; bidirectional with biases, DJL's
 * LSTM fails ("size of tensor a (9) must match ... (64)") or silently mixes up weights. The parameter names stay
 * DJL's ({@code l_0_i2h_WEIGHT}, {@code r_1_h2h_BIAS}, ...), so checkpoints keep their layout.
 */
public final class LibtorchOrderLstm extends RecurrentBlock {
    private static final String[] GATES_AND_TYPES = { "i2h_WEIGHT", "h2h_WEIGHT", "i2h_BIAS", "h2h_BIAS" };

    private LibtorchOrderLstm(Builder builder) {
        super(builder);
        gates = 4;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The parameters in the order libtorch's lstm wants them. */
    List<Parameter> libtorchOrder() {
        List<Parameter> ordered = new ArrayList<>();
        String[] directions = bidirectional ? new String[] { "l", "r" } : new String[] { "l" };
        for (int layer = 0; layer < numLayers; layer++) {
            for (String direction : directions) {
                for (String gateAndType : GATES_AND_TYPES) {
                    Parameter parameter = parameters.get(direction + '_' + layer + '_' + gateAndType);
                    if (parameter != null) {
                        ordered.add(parameter);
                    }
                }
            }
        }
        return ordered;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray input = inputs.head();
        NDArrayEx ex = input.getNDArrayInternal();
        Device device = input.getDevice();
        NDList rnnParams = new NDList();
        for (Parameter parameter : libtorchOrder()) {
            rnnParams.add(parameterStore.getValue(parameter, device, training));
        }
        Shape stateShape = new Shape((long) numLayers * getNumDirections(), input.size(batchFirst ? 0 : 1), stateSize);
        // zero initial hidden and cell state, created from the input so that they live in the batch's manager
        NDList state = new NDList(input.getManager().zeros(stateShape), input.getManager().zeros(stateShape));
        NDList outputs = ex.lstm(input, state, rnnParams, hasBiases, numLayers, dropRate, training, bidirectional,
                batchFirst);
        outputs.stream().skip(1).forEach(NDArray::close);
        return new NDList(outputs.get(0));
    }

    public static final class Builder extends RecurrentBlock.BaseBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }

        public LibtorchOrderLstm build() {
            if (stateSize <= 0 || numLayers <= 0) {
                throw new IllegalArgumentException("set the state size and the number of layers");
            }
            return new LibtorchOrderLstm(this);
        }
    }
}
