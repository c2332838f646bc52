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
        List<NDArray> values = values(parameterStore, input.getDevice(), training);
        return new NDList(lstm(input, values, numLayers, bidirectional, training));
    }

    /**
     * The output of the last time step (batch, directions × state) of a batch-first input, the same numbers as
     * {@code forward(...)[:, -1, :]} with less work when bidirectional. The top layer's reverse direction reads the
     * sequence backwards, so its output at the last step is its <em>first</em> step: one LSTM step from the zero
     * state on the last input, not a pass over the whole window whose other outputs nobody reads (and whose backward
     * pass would carry zeros through every step). The layers below and the top layer's forward direction run as
     * before. With dropout between layers the stack runs whole, as libtorch draws its dropout masks.
     */
    public NDArray lastStep(ParameterStore parameterStore, NDArray input, boolean training) {
        List<NDArray> values = values(parameterStore, input.getDevice(), training);
        if (!batchFirst || !bidirectional || (dropRate > 0 && training)) {
            NDArray sequence = lstm(input, values, numLayers, bidirectional, training);
            return batchFirst ? sequence.get(":, -1, :") : sequence.get("-1, :, :");
        }
        int perDirection = values.size() / (numLayers * 2);
        int below = (numLayers - 1) * 2 * perDirection;
        NDArray top = numLayers == 1 ? input
                : lstm(input, values.subList(0, below), numLayers - 1, true, training);
        NDArray forward = lstm(top, values.subList(below, below + perDirection), 1, false, training).get(":, -1, :");
        NDArray reverse = lstm(top.get(":, -1:, :"), values.subList(below + perDirection, values.size()), 1, false,
                training).get(":, 0, :");
        return forward.concat(reverse, 1);
    }

    private List<NDArray> values(ParameterStore parameterStore, Device device, boolean training) {
        List<NDArray> values = new ArrayList<>();
        for (Parameter parameter : libtorchOrder()) {
            values.add(parameterStore.getValue(parameter, device, training));
        }
        return values;
    }

    /** libtorch's lstm over {@code layers} layers from zero states; the output sequence. */
    private NDArray lstm(NDArray input, List<NDArray> values, int layers, boolean bothDirections, boolean training) {
        NDArrayEx ex = input.getNDArrayInternal();
        Shape stateShape = new Shape((long) layers * (bothDirections ? 2 : 1), input.size(batchFirst ? 0 : 1), stateSize);
        // zero initial hidden and cell state, created from the input so that they live in the batch's manager
        NDList state = new NDList(input.getManager().zeros(stateShape), input.getManager().zeros(stateShape));
        NDList outputs = ex.lstm(input, state, new NDList(values), hasBiases, layers, dropRate, training, bothDirections,
                batchFirst);
        outputs.stream().skip(1).forEach(NDArray::close);
        return outputs.get(0);
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
