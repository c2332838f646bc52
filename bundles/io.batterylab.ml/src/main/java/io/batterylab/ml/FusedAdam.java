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
import java.util.function.BiConsumer;

/**
 * DJL's Adam over all trained parameters at once. DJL's update is one native call per parameter of about a dozen
 * small libtorch operations; for a small network that is a fifth of a training step (docs/benchmarks.md). Here the
 * parameters' values move into one flat array when the optimiser starts and each parameter becomes a view of its
 * slice, so that one call of the same native update (DJL's Adam, same arithmetic element by element) moves every
 * weight. After the first backward pass the gradients go the same way: each parameter's gradient tensor is pointed
 * at its slice of one flat gradient array ({@link GradientBuffer}), into which libtorch's backward then adds in
 * place, so a step is one Adam call and one {@code zero_}, not four native calls per parameter (fetch, flatten,
 * close, zero) plus a concatenation.
 *
 * <p>Parameters that do not require gradients are left alone, as DJL's loop does. The flat arrays and the Adam
 * state belong to a sub-manager closed with this optimiser; the parameters' views keep their values alive.
 */
final class FusedAdam implements AutoCloseable {
    private static final String ID = "all parameters";
    private final Optimizer adam;
    private final List<NDArray> weights = new ArrayList<>();
    private final NDManager state;
    private final NDArray flat;
    private NDArray gradients;
    /** The flat gradient array a {@link GradientStep} writes into, and its slices, one per weight. */
    private NDArray written;
    private List<NDArray> writtenSlices;

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
        if (gradients == null) {
            gradients = linkGradients();
        }
        if (gradients == null) {
            stepUnlinked();
            return;
        }
        adam.update(ID, flat, gradients);
        GradientBuffer.zero(gradients);
    }

    /**
     * Where a {@link GradientStep} writes the gradient of {@code parameter}: a view, shaped like it, of its slice of
     * one flat gradient array; null for a parameter this optimiser does not train.
     */
    NDArray gradientOf(Parameter parameter) {
        NDArray weight = parameter.getArray();
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i) == weight) {
                return writtenSlices().get(i);
            }
        }
        return null;
    }

    /** One Adam step from the gradients a {@link GradientStep} wrote (overwritten by the next step: not zeroed). */
    void stepWritten() {
        if (written != null) {
            adam.update(ID, flat, written);
        }
    }

    private List<NDArray> writtenSlices() {
        if (writtenSlices == null) {
            try (Autograd noGraph = Autograd.inference()) {
                written = state.zeros(flat.getShape(), flat.getDataType());
                List<NDArray> views = new ArrayList<>();
                slices(written, (i, view) -> views.add(view));
                writtenSlices = views;
            }
        }
        return writtenSlices;
    }

    /** The step while some parameter has had no gradient yet: gathered, updated and zeroed parameter by parameter. */
    private void stepUnlinked() {
        try (NDList each = new NDList(weights.size())) {
            for (NDArray weight : weights) {
                // a zero array where the parameter has no gradient yet, owned by the weight's manager: closed below
                each.add(weight.getGradient());
            }
            try (NDArray all = gather(each, state)) {
                adam.update(ID, flat, all);
            }
        }
        for (NDArray weight : weights) {
            JniUtils.zeroGrad((PtNDArray) weight);
        }
    }

    /**
     * The flat gradient array, holding the current gradients, each parameter's gradient now a view of its slice;
     * null (nothing changed) while some parameter has no gradient tensor yet.
     */
    private NDArray linkGradients() {
        try (Autograd noGraph = Autograd.inference(); NDList each = new NDList(weights.size())) {
            for (NDArray weight : weights) {
                // a new handle on the parameter's gradient tensor (the same tensor libtorch accumulates into)
                PtNDArray gradient = JniUtils.getGradient((PtNDArray) weight);
                if (gradient == null) {
                    return null;
                }
                each.add(gradient);
            }
            NDArray all = gather(each, state);
            slices(all, (i, view) -> {
                try (view) {
                    GradientBuffer.setSource(each.get(i), view);
                }
            });
            return all;
        }
    }

    private static NDArray gather(List<NDArray> arrays, NDManager state) {
        try (Autograd noGraph = Autograd.inference(); NDList pieces = new NDList(arrays.size())) {
            for (NDArray array : arrays) {
                pieces.add(array.flatten());
            }
            NDArray flat = NDArrays.concat(pieces);
            flat.attach(state);
            return flat;
        }
    }

    /** Points every weight at its slice of the flat array; the weight's own storage is freed. */
    private void becomeViews() {
        try (Autograd noGraph = Autograd.inference()) {
            slices(flat, (i, view) -> {
                view.setRequiresGradient(true);
                weights.get(i).intern(view);
            });
        }
    }

    /** Hands each weight's index and a view of its slice of {@code of}, shaped like the weight, to the consumer. */
    private void slices(NDArray of, BiConsumer<Integer, NDArray> consumer) {
        long from = 0;
        for (int i = 0; i < weights.size(); i++) {
            long size = weights.get(i).size();
            try (NDArray slice = of.get(new NDIndex().addSliceDim(from, from + size))) {
                consumer.accept(i, slice.reshape(weights.get(i).getShape()));
            }
            from += size;
        }
    }

    @Override
    public void close() {
        state.close();
    }
}
