package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;

/**
 * DJL's Adam over all trained parameters at once. DJL's update is one native call per parameter of about a dozen
 * small libtorch operations; for a small network that is a fifth of a training step (docs/benchmarks.md). Here the
 * parameters' values move into one flat array when the optimiser starts and each parameter becomes a view of its
 * slice, so that one call of the same native update (DJL's Adam, same arithmetic element by element) moves every
 * weight; only gathering the gradients and zeroing them stay per parameter.
 *
 * <p>Parameters that do not require gradients are left alone, as DJL's loop does. The flat array and the Adam
 * state belong to a sub-manager closed with this optimiser; the parameters' views keep their values alive.
 */
final class FusedAdam implements AutoCloseable {
    private static final String ID = "all parameters";
    private final Optimizer adam;
    private final List<NDArray> weights = new ArrayList<>();
    private final NDManager state;
    private final NDArray flat;

    FusedAdam(List<Parameter> parameters, double learningRate, NDManager manager) {
        adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) learningRate)).build();
        for (Parameter parameter : parameters) {
            NDArray weight = parameter.getArray();
            if (weight.hasGradient() && weights.stream().noneMatch(w -> w == weight)) {
                weights.add(weight);
            }
        }
        state = manager.newSubManager();
        flat = weights.isEmpty() ? null : gather(weights, state);
        if (flat != null) {
            becomeViews();
        }
    }

    /** One Adam step from the gradients of the last backward pass, which it then sets to zero. */
    void step() {
        if (flat == null) {
            return;
        }
        NDList gradients = new NDList(weights.size());
        try {
            for (NDArray weight : weights) {
                // getGradient wraps the gradient in a new handle owned by the weight's manager: free it at once
                try (NDArray gradient = weight.getGradient()) {
                    gradients.add(gradient.flatten());
                }
            }
            try (NDArray all = NDArrays.concat(gradients)) {
                adam.update(ID, flat, all);
            }
        } finally {
            gradients.close();
        }
        for (NDArray weight : weights) {
            JniUtils.zeroGrad((PtNDArray) weight);
        }
    }

    private static NDArray gather(List<NDArray> weights, NDManager state) {
        try (Autograd noGraph = Autograd.inference(); NDList pieces = new NDList(weights.size())) {
            for (NDArray weight : weights) {
                pieces.add(weight.flatten());
            }
            NDArray flat = NDArrays.concat(pieces);
            flat.attach(state);
            return flat;
        }
    }

    /** Points every weight at its slice of the flat array; the weight's own storage is freed. */
    private void becomeViews() {
        try (Autograd noGraph = Autograd.inference()) {
            long from = 0;
            for (NDArray weight : weights) {
                long size = weight.size();
                try (NDArray slice = flat.get(new NDIndex().addSliceDim(from, from + size))) {
                    NDArray view = slice.reshape(weight.getShape());
                    view.setRequiresGradient(true);
                    weight.intern(view);
                }
                from += size;
            }
        }
    }

    @Override
    public void close() {
        state.close();
    }
}
