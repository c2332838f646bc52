package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import io.batterylab.ml.Networks;
import io.batterylab.ml.SeededDropout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Deep hidden physics model (Raissi; Wen et al. for battery prognostics): a surrogate network u = f(s, t) from the
 * normalised features s and cycle t to the normalised target, and a hidden-physics network G of the selected
 * dynamical inputs, trained so that du/dt = G. Both are tanh networks; their derivatives are carried forward
 * exactly ({@link Jet}). Plain forward passes (predictions) use the surrogate alone.
 */
final class DeepHpmNetwork extends AbstractBlock {
    private static final byte VERSION = 1;
    private final int features;
    private final DynamicalInputs dynamicalInputs;
    private final SequentialBlock surrogate;
    private final SequentialBlock dynamics;
    private final List<Parameter> logVariances = new ArrayList<>();
    private final boolean dropout;

    /** u, du/dt, the residual F = du/dt - G and its time derivative dF/dt, each (B, 1), in normalised units. */
    record Residuals(NDArray u, NDArray ut, NDArray f, NDArray ft) {
    }

    /**
     * @param dropout rate of the dropout after every hidden layer of the surrogate in the data term (0: none)
     * @param seed of the dropout masks
     */
    DeepHpmNetwork(int features, int layers, int neurons, DynamicalInputs dynamicalInputs, double dropout, long seed) {
        super(VERSION);
        this.features = features;
        this.dynamicalInputs = dynamicalInputs;
        this.dropout = dropout > 0;
        surrogate = addChildBlock("surrogate", Networks.tanhMlp(layers, neurons, 1, dropout, seed));
        // G only ever runs inside the residuals, which see whole networks: no dropout there
        dynamics = addChildBlock("dynamics", Networks.tanhMlp(layers, neurons, 1));
        for (String term : new String[] { "u", "f", "ft" }) {
            logVariances.add(addParameter(Parameter.builder().setName("logVariance_" + term).setType(Parameter.Type.OTHER)
                    .optShape(new Shape(1)).optInitializer(Initializer.ZEROS).build()));
        }
    }

    /** The learned log-variances of the three loss terms (AdpBal). */
    List<Parameter> logVariances() {
        return logVariances;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return surrogate.forward(parameterStore, inputs, training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] { new Shape(inputShapes[0].get(0), 1) };
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        surrogate.initialize(manager, dataType, inputShapes[0]);
        dynamics.initialize(manager, dataType, new Shape(1, dynamicalInputs.width(features)));
    }

    /**
     * u, F and dF/dt for a batch of normalised inputs (features..., t) of shape (B, k + 1), by forward-mode
     * derivatives through both networks, built only from ordinary differentiable operations. Dropout takes no part:
     * the physics residual constrains the whole network, the one that predicts (see {@link DeepHpmTask}). Both
     * networks start with {@link Jet}'s first-layer shortcuts: the surrogate's input tangents are one-hot, G's are
     * zero (s), one (t) or the surrogate's derivatives (u, du/ds).
     */
    Residuals residuals(NDArray x, Jet.Constants constants) {
        int k = features;
        int[] directions = new int[dynamicalInputs.us ? k + 1 : 1];
        directions[0] = k;
        for (int j = 1; j < directions.length; j++) {
            directions[j] = j - 1;
        }
        Jet u = through(surrogate, x, layer -> Jet.firstLayer(x, weight(layer), bias(layer), directions, true, constants));
        NDArray ut = u.derivative(0);
        NDArray utt = u.derivativeThenTime(0);

        // G's input columns: s (constant in t), t (dt/dt = 1), u and du/ds (moving with t), in that order
        NDList values = new NDList();
        NDList moving = new NDList();
        if (dynamicalInputs.s && dynamicalInputs.t) {
            values.add(x);
        } else if (dynamicalInputs.s || dynamicalInputs.t) {
            values.add(dynamicalInputs.s ? x.get(":, 0:" + k) : x.get(":, " + k + ":"));
        }
        if (dynamicalInputs.u) {
            values.add(u.value);
            moving.add(ut);
        }
        if (dynamicalInputs.us) {
            // directions 1..k are the features: (k, B, 1) -> (B, k)
            values.add(u.first.get("1:, :, 0").transpose());
            moving.add(u.second.get("1:, :, 0").transpose());
        }
        NDArray gInput = values.size() == 1 ? values.head() : NDArrays.concat(values, 1);
        NDArray gMoving = moving.isEmpty() ? null : moving.size() == 1 ? moving.head() : NDArrays.concat(moving, 1);
        int timeColumn = dynamicalInputs.t ? (dynamicalInputs.s ? k : 0) : -1;
        Jet g = through(dynamics, gInput,
                layer -> Jet.firstLayerAlongTime(gInput, weight(layer), bias(layer), timeColumn, gMoving, constants));
        NDArray f = ut.sub(g.value);
        NDArray ft = utt.sub(g.derivative(0));
        return new Residuals(u.value, ut, f, ft);
    }

    /**
     * Carries a jet through a network made by {@link Networks#tanhMlp}: linear layers with tanh between them;
     * dropout layers pass the jet on unchanged, as in a prediction. The first linear layer is applied by
     * {@code first} (which knows the input's tangents), every later one by {@link Jet#linear}.
     */
    static Jet through(SequentialBlock network, NDArray x, Function<Linear, Jet> first) {
        Jet h = null;
        for (Block layer : network.getChildren().values()) {
            if (layer instanceof Linear linear) {
                h = h == null ? first.apply(linear) : h.linear(weight(linear), bias(linear));
            } else if (!(layer instanceof SeededDropout)) {
                h = h.tanh();
            }
        }
        return h;
    }

    /** Carries a jet through a network made by {@link Networks#tanhMlp}, every layer by the general rules. */
    static Jet through(SequentialBlock network, Jet input) {
        return through(network, input.value, linear -> input.linear(weight(linear), bias(linear)));
    }

    private static NDArray weight(Linear layer) {
        return layer.getParameters().get("weight").getArray();
    }

    private static NDArray bias(Linear layer) {
        return layer.getParameters().get("bias").getArray();
    }

    int features() {
        return features;
    }

    DynamicalInputs dynamicalInputs() {
        return dynamicalInputs;
    }

    SequentialBlock dynamics() {
        return dynamics;
    }

    /** Whether the surrogate switches units off while training. */
    boolean hasDropout() {
        return dropout;
    }

    SequentialBlock surrogate() {
        return surrogate;
    }
}
